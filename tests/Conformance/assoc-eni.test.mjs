// ENIs in NAT mode (R-ENI-1 … R-ENI-7), following the seed's "ENI との関連付けによる複数 EIP のサポート":
// several EIPs on one instance through several secondary ENIs, or through several private IPs of one ENI,
// each EIP mapped to one private IP; and AssociateEipAddressBatch, all or nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError } from './lib/harness.mjs';
import { Lab, Ecs, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const ENI = { instanceType: 'NetworkInterface' };

describe('ENIs in NAT mode (R-ENI)', () => {
  it('R-ENI-1: NAT mode binds to a primary ENI and to secondary ENIs (attached or not); a bound ENI cannot be deleted (400 DependencyViolation.Eip)', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const primaryEni = await lab.primaryEniId(instance);
    const attached = await lab.eni({ attachTo: instance });
    const loose = await lab.eni();
    const [e1, e2, e3] = await lab.eips(3);
    for (const [eip, eni] of [[e1, primaryEni], [e2, attached], [e3, loose]]) {
      const item = await lab.bind(eip, eni, { ...ENI, mode: 'NAT' });
      assert.equal(item.instanceType, 'NetworkInterface');
      assert.equal(item.instanceId, eni);
      assert.equal(item.mode, 'NAT');
      const view = await lab.eniView(eni);
      assert.equal(item.privateIpAddress, '', 'no PrivateIpAddress given: Describe shows none (issue 8)');
      assert.equal(view.privateIpSets.privateIpSet.find((s) => s.primary).associatedPublicIp.allocationId, eip, 'the ENI\'s primary private IP by default');
      assert.equal(view.associatedPublicIp.allocationId, eip);
      assert.equal(view.associatedPublicIp.publicIpAddress, item.ipAddress);
    }
    const err = await expectError(lab.ecs.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId: lab.regionId, networkInterfaceId: loose })),
      { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(e3));
    await lab.unbind(e3);
    await lab.ecs.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId: lab.regionId, networkInterfaceId: loose }));
  });

  it('R-ENI-2: each EIP maps to one private IP of the ENI (PrivateIpAddress, default the primary); an IP that is not the ENI\'s is 400 InvalidParameter naming PrivateIpAddress', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 2 });
    const otherEni = await lab.eni({ secondaryIps: 1 });
    const { primary, secondary } = await lab.privateIps(eni);
    const foreign = (await lab.privateIps(otherEni)).secondary[0];
    const [e1, e2, e3] = await lab.eips(3);
    for (const ip of [foreign, '10.0.1.250', '192.168.0.1', 'not-an-ip']) {
      const err = await expectError(lab.associate(e1, eni, { ...ENI, privateIpAddress: ip }), { code: 'InvalidParameter', status: 400 });
      assert.match(err.data.Message, /PrivateIpAddress/);
    }
    assert.equal(await lab.eipStatus(e1), 'Available');
    assert.equal((await lab.bind(e1, eni, ENI)).privateIpAddress, '', 'not chosen: not shown (issue 8)');
    assert.equal((await lab.bind(e2, eni, { ...ENI, privateIpAddress: secondary[1] })).privateIpAddress, secondary[1]);
    assert.equal((await lab.bind(e3, eni, { ...ENI, privateIpAddress: secondary[0] })).privateIpAddress, secondary[0]);
    const shown = await lab.eipsByPrivateIp(eni);
    for (const [eip, ip] of [[e1, primary], [e2, secondary[1]], [e3, secondary[0]]]) {
      assert.equal(shown[ip], (await lab.eipView(eip)).ipAddress, `${ip} shows its own EIP`);
    }
  });

  it('R-ENI-3: a private IP has at most one EIP, so an ENI takes as many NAT-mode EIPs as it has private IPs: the next is 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 1 });
    const { primary, secondary } = await lab.privateIps(eni);
    const [e1, e2, e3] = await lab.eips(3);
    await lab.associate(e1, eni, ENI);
    await lab.associate(e2, eni, { ...ENI, privateIpAddress: secondary[0] });
    const duplicated = { code: 'InvalidAssociation.Duplicated', status: 400 };
    await expectError(lab.associate(e3, eni, ENI), duplicated);
    await expectError(lab.associate(e3, eni, { ...ENI, privateIpAddress: primary }), duplicated);
    await expectError(lab.associate(e3, eni, { ...ENI, privateIpAddress: secondary[0] }), duplicated);
    // Once an IP's EIP is unbound, the IP takes another.
    await lab.waitEip(e2, 'InUse');
    await lab.unassociate(e2);
    assert.equal((await lab.bind(e3, eni, { ...ENI, privateIpAddress: secondary[0] })).privateIpAddress, secondary[0]);
    // An IP with an EIP cannot be unassigned.
    await expectError(lab.ecs.unassignPrivateIpAddresses(new Ecs.UnassignPrivateIpAddressesRequest({ regionId: lab.regionId, networkInterfaceId: eni, privateIpAddress: secondary })),
      { code: 'DependencyViolation.Eip', status: 400 });
  });

  it('R-ENI-4: the instance type bounds the ENIs and private IPs, hence the EIPs: an ecs.c5.large takes 1 secondary ENI with 6 private IPs, so 6 EIPs on that ENI', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni({ attachTo: instance });
    const extra = await lab.eni();
    await expectError(lab.attach(extra, instance), { code: 'InvalidOperation.EniCountExceeded', status: 400 });
    await lab.assignIps(eni, 5);
    await expectError(lab.assignIps(eni, 1), { code: 'InvalidOperation.Ipv4CountExceeded', status: 400 });
    const { primary, secondary } = await lab.privateIps(eni);
    const ips = [primary, ...secondary];
    assert.equal(ips.length, 6);
    const eips = await lab.eips(7);
    for (let i = 0; i < 6; i++) await lab.associate(eips[i], eni, { ...ENI, privateIpAddress: ips[i] });
    await expectError(lab.associate(eips[6], eni, ENI), { code: 'InvalidAssociation.Duplicated', status: 400 });
    for (let i = 0; i < 6; i++) await lab.waitEip(eips[i], 'InUse');
    const shown = await lab.eipsByPrivateIp(eni);
    assert.equal(new Set(Object.values(shown).filter(Boolean)).size, 6, 'six distinct EIPs on six private IPs');
  });

  it('R-ENI-5: several secondary ENIs on one instance, each with its own security group and one EIP: several independent public services', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const [web, mail] = [await lab.securityGroup('web'), await lab.securityGroup('mail')];
    const eniWeb = await lab.eni({ securityGroupId: web, attachTo: instance });
    const eniMail = await lab.eni({ securityGroupId: mail, attachTo: instance });
    const [eWeb, eMail, eInstance] = await lab.eips(3);
    const boundWeb = await lab.bind(eWeb, eniWeb, ENI);
    const boundMail = await lab.bind(eMail, eniMail, ENI);
    const boundInstance = await lab.bind(eInstance, instance);
    const [vWeb, vMail] = [await lab.eniView(eniWeb), await lab.eniView(eniMail)];
    assert.deepEqual(vWeb.securityGroupIds.securityGroupId, [web]);
    assert.deepEqual(vMail.securityGroupIds.securityGroupId, [mail]);
    assert.equal(vWeb.instanceId, instance);
    assert.equal(vMail.instanceId, instance);
    assert.equal(vWeb.associatedPublicIp.publicIpAddress, boundWeb.ipAddress);
    assert.equal(vMail.associatedPublicIp.publicIpAddress, boundMail.ipAddress);
    assert.equal(vWeb.privateIpSets.privateIpSet[0].associatedPublicIp.allocationId, eWeb);
    assert.equal(vMail.privateIpSets.privateIpSet[0].associatedPublicIp.allocationId, eMail);
    assert.equal((await lab.instanceView(instance)).eipAddress.ipAddress, boundInstance.ipAddress);
    assert.equal(new Set([boundWeb.ipAddress, boundMail.ipAddress, boundInstance.ipAddress]).size, 3, 'three public addresses on one instance');
  });

  it('R-ENI-6: several secondary private IPs of one secondary ENI, one EIP each, each shown on its private IP', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eni = await lab.eni({ attachTo: instance });
    const added = await lab.assignIps(eni, 3);
    const eips = await lab.eips(3);
    const expected = {};
    for (let i = 0; i < 3; i++) {
      const item = await lab.bind(eips[i], eni, { ...ENI, mode: 'NAT', privateIpAddress: added[i] });
      assert.equal(item.privateIpAddress, added[i]);
      expected[added[i]] = item.ipAddress;
    }
    const { primary } = await lab.privateIps(eni);
    assert.deepEqual(await lab.eipsByPrivateIp(eni), { [primary]: '', ...expected });
    const view = await lab.eniView(eni);
    for (const set of view.privateIpSets.privateIpSet.filter((s) => s.privateIpAddress !== primary)) {
      assert.equal(set.associatedPublicIp.allocationId, eips[added.indexOf(set.privateIpAddress)]);
    }
    assert.equal((await lab.eipsOn(eni)).length, 3);
  });

  it('R-ENI-7: AssociateEipAddressBatch binds several EIPs to one secondary ENI, each on a free private IP, all or nothing', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const instance = await lab.instance();
    const eni = await lab.eni({ secondaryIps: 3, attachTo: instance });
    const { primary, secondary } = await lab.privateIps(eni);
    const eips = await lab.eips(4);
    await lab.batch(eips, eni, 'NetworkInterface');
    const items = [];
    for (const id of eips) items.push(await lab.waitEip(id, 'InUse'));
    assert.ok(items.every((e) => e.instanceId === eni && e.instanceType === 'NetworkInterface' && e.mode === 'NAT'));
    assert.deepEqual(items.map((e) => e.privateIpAddress).sort(), [primary, ...secondary].sort(), 'one EIP per private IP');
    const shown = await lab.eipsByPrivateIp(eni);
    for (const item of items) assert.equal(shown[item.privateIpAddress], item.ipAddress);

    // One more than the free private IPs: refused, and none of the batch is bound.
    const other = await lab.eni({ secondaryIps: 1 });
    const three = await lab.eips(3);
    await expectError(lab.batch(three, other, 'NetworkInterface'), { code: 'InvalidAssociation.Duplicated', status: 400 });
    for (const id of three) assert.equal(await lab.eipStatus(id), 'Available');
    assert.deepEqual(await lab.eipsOn(other), []);
  });

  it('R-ENI-7: a batch of 50 EIPs, the most, binds to a secondary ENI with 50 private IPs, one per IP', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 60 });
    const eni = await lab.eni({ secondaryIps: 49 });
    const eips = await lab.eips(50);
    await lab.batch(eips, eni, 'NetworkInterface');
    const items = [];
    for (const id of eips) items.push(await lab.waitEip(id, 'InUse'));
    assert.equal(new Set(items.map((e) => e.privateIpAddress)).size, 50);
    assert.ok(Object.values(await lab.eipsByPrivateIp(eni)).every(Boolean), 'every private IP shows an EIP');
  });

  it('R-ENI-7: a batch of 5 with one EIP that is not Available binds none (400 IncorrectEipStatus); an unknown EIP binds none (404); more than 50 is 400 InvalidParameter', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const eni = await lab.eni({ secondaryIps: 9 });
    const busy = await lab.eip();
    await lab.bind(busy, await lab.instance());
    const four = await lab.eips(4);
    await expectError(lab.batch([four[0], four[1], busy, four[2], four[3]], eni, 'NetworkInterface'), { code: 'IncorrectEipStatus', status: 400 });
    await expectError(lab.batch([...four, 'eip-doesnotexist0000000'], eni, 'NetworkInterface'), { code: 'InvalidAllocationId.NotFound', status: 404 });
    for (const id of four) assert.equal(await lab.eipStatus(id), 'Available', `${id} was not bound`);
    assert.deepEqual(await lab.eipsOn(eni), []);
    assert.equal((await lab.eipView(busy)).status, 'InUse');
    const tooMany = Array.from({ length: 51 }, (_, i) => `eip-doesnotexist${String(i).padStart(7, '0')}`);
    await expectError(lab.batch(tooMany, eni, 'NetworkInterface'), { code: 'InvalidParameter', status: 400 });
    await lab.batch(four, eni, 'NetworkInterface');
    for (const id of four) await lab.waitEip(id, 'InUse');
  });
});
