// NAT gateways (R-NAT-1 … R-NAT-4, R-NAT-7, R-NAT-8), following the seed's "NAT ゲートウェイとの関連付け":
// internet gateways only, at most 20 EIPs, a vSwitch IP per EIP for gateways created on or after
// 2022-09-19, batches all or nothing, parallel binds serialized rather than failed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, vpcClient, inCidr, Vpc } from './lib/harness.mjs';
import { Lab, Ecs, FAST_COMPUTE, settle } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
// R-NAT-4 needs a gateway caught in Creating: creation takes CREATING seconds, skipped with AdvanceClock.
const CREATING = 600;
const creating = useServer({ env: { ...FAST_COMPUTE, OpenEip__Compute__NatGatewayCreatingSeconds: String(CREATING) } });
const NAT = { instanceType: 'Nat' };

const setCreationTime = (natGatewayId, creationTime) =>
  ctx.harness.operator.request('SetNatGatewayCreationTime', { NatGatewayId: natGatewayId, CreationTime: creationTime }, { method: 'POST' });

describe('NAT gateways (R-NAT)', () => {
  it('R-NAT-1: only an internet NAT gateway takes EIPs: a VPC (intranet) NAT gateway is 400 OperationDenied', async () => {
    const lab = await Lab.create(ctx);
    const intranet = await lab.nat({ networkType: 'intranet' });
    const internet = await lab.nat();
    const eip = await lab.eip();
    await expectError(lab.associate(eip, intranet, NAT), { code: 'OperationDenied', status: 400 });
    await expectError(lab.batch([eip], intranet, 'Nat'), { code: 'OperationDenied', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
    const item = await lab.bind(eip, internet, NAT);
    assert.equal(item.instanceType, 'Nat');
    assert.equal(item.instanceId, internet);
    assert.equal(item.mode, 'NAT');
  });

  it('R-NAT-2: at most 20 EIPs per NAT gateway: the 21st is 400 QuotaExceeded.EipsPerNatGateway; DescribeNatGateways lists the 20; the gateway cannot be deleted while bound', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const nat = await lab.nat();
    const eips = await lab.eips(21);
    for (const id of eips.slice(0, 20)) await lab.associate(id, nat, NAT);
    await expectError(lab.associate(eips[20], nat, NAT), { code: 'QuotaExceeded.EipsPerNatGateway', status: 400 });
    assert.equal(await lab.eipStatus(eips[20]), 'Available');
    const items = [];
    for (const id of eips.slice(0, 20)) items.push(await lab.waitEip(id, 'InUse'));
    const ipList = (await lab.natView(nat)).ipLists.ipList;
    assert.deepEqual(ipList.map((i) => i.allocationId).sort(), eips.slice(0, 20).sort());
    assert.deepEqual(ipList.map((i) => i.ipAddress).sort(), items.map((e) => e.ipAddress).sort());
    const err = await expectError(lab.vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: lab.regionId, natGatewayId: nat })),
      { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(eips[0]));
    // Unbinding one makes room for another.
    await lab.unassociate(eips[0]);
    await lab.bind(eips[20], nat, NAT);
  });

  it('R-NAT-3: a gateway created on or after 2022-09-19 takes a vSwitch IP per EIP; with none free the bind is 400 InvalidVSwitchId.IpNotEnough; unbinding frees the IP', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30, vSwitchCidr: '10.0.1.0/28' });
    const nat = await lab.nat();
    const free = await lab.availableIps();
    assert.equal(free, 11, 'a /28 has 12 usable addresses; the gateway holds one');
    const eips = await lab.eips(free + 1);
    for (let i = 0; i < free; i++) {
      await lab.associate(eips[i], nat, NAT);
      assert.equal(await lab.availableIps(), free - i - 1, `EIP ${i + 1} took a vSwitch IP`);
    }
    await expectError(lab.associate(eips[free], nat, NAT), { code: 'InvalidVSwitchId.IpNotEnough', status: 400 });
    assert.equal(await lab.eipStatus(eips[free]), 'Available');
    const items = [];
    for (const id of eips.slice(0, free)) items.push(await lab.waitEip(id, 'InUse'));
    assert.ok(items.every((e) => e.privateIpAddress === ''), 'DescribeEipAddresses shows no PrivateIpAddress for a NAT gateway binding, as Alibaba\'s sample (issue 8)');
    const ipList = (await lab.natView(nat)).ipLists.ipList;
    const privateIps = ipList.map((i) => i.privateIpAddress);
    assert.ok(privateIps.every((ip) => inCidr(ip, '10.0.1.0/28')), `the gateway lists each EIP's vSwitch IP: ${privateIps}`);
    assert.equal(new Set(privateIps).size, free);
    assert.deepEqual(ipList.map((i) => i.ipAddress).sort(), items.map((e) => e.ipAddress).sort());

    await lab.unbind(eips[0]);
    assert.equal(await lab.availableIps(), 1);
    await lab.bind(eips[free], nat, NAT);
    assert.equal(await lab.availableIps(), 0);
  });

  it('R-NAT-3: a batch needing more vSwitch IPs than are free is 400 InvalidVSwitchId.IpNotEnough, binds none and takes no IP', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30, vSwitchCidr: '10.0.1.0/28' });
    const nat = await lab.nat();
    const free = await lab.availableIps();
    const eips = await lab.eips(free + 1);
    await expectError(lab.batch(eips, nat, 'Nat'), { code: 'InvalidVSwitchId.IpNotEnough', status: 400 });
    for (const id of eips) assert.equal(await lab.eipStatus(id), 'Available');
    assert.equal(await lab.availableIps(), free);
    await lab.batch(eips.slice(0, free), nat, 'Nat');
    assert.equal(await lab.availableIps(), 0);
  });

  it('R-NAT-3: a gateway created before 2022-09-19 takes no vSwitch IP: it binds EIPs even in a full vSwitch', async () => {
    const lab = await Lab.create(ctx, { vSwitchCidr: '10.0.1.0/28' });
    const nat = await lab.nat();
    await setCreationTime(nat, '2022-09-18T23:59:59Z');
    // Fill the vSwitch: one ENI with 10 secondary IPs takes the 11 free addresses.
    await lab.ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: lab.regionId, vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, secondaryPrivateIpAddressCount: 10 }));
    assert.equal(await lab.availableIps(), 0);
    const eips = await lab.eips(3);
    for (const id of eips) {
      const item = await lab.bind(id, nat, NAT);
      assert.equal(item.privateIpAddress, '');
    }
    assert.equal(await lab.availableIps(), 0);
    assert.ok((await lab.natView(nat)).ipLists.ipList.every((i) => i.privateIpAddress === ''));
  });

  it('R-NAT-3: the boundary is 2022-09-19T00:00:00Z: a gateway created at that second takes a vSwitch IP, one a second earlier does not', async () => {
    const lab = await Lab.create(ctx);
    const [onTheDay, dayBefore] = [await lab.nat(), await lab.nat()];
    await setCreationTime(onTheDay, '2022-09-19T00:00:00Z');
    await setCreationTime(dayBefore, '2022-09-18T23:59:59Z');
    const [e1, e2] = await lab.eips(2);
    const free = await lab.availableIps();
    await lab.bind(e1, dayBefore, NAT);
    assert.equal(await lab.availableIps(), free);
    const item = await lab.bind(e2, onTheDay, NAT);
    assert.equal(await lab.availableIps(), free - 1);
    const taken = (await lab.natView(onTheDay)).ipLists.ipList.find((i) => i.ipAddress === item.ipAddress);
    assert.ok(inCidr(taken.privateIpAddress, '10.0.1.0/24'));
  });

  it('R-NAT-4: a NAT gateway that is still Creating is 400 IncorrectStatus.NatGateway; once Available it takes EIPs', async () => {
    const lab = await Lab.create(creating);
    const nat = await lab.nat();
    assert.equal((await lab.natView(nat)).status, 'Creating');
    const [e1, e2] = await lab.eips(2);
    await expectError(lab.associate(e1, nat, NAT), { code: 'IncorrectStatus.NatGateway', status: 400 });
    await expectError(lab.batch([e1, e2], nat, 'Nat'), { code: 'IncorrectStatus.NatGateway', status: 400 });
    assert.equal(await lab.eipStatus(e1), 'Available');
    await creating.harness.advanceClock(CREATING);
    assert.equal((await lab.natView(nat)).status, 'Available');
    await lab.bind(e1, nat, NAT);
    await lab.batch([e2], nat, 'Nat');
    await lab.waitEip(e2, 'InUse');
  });


  it('R-NAT-7: AssociateEipAddressBatch binds up to 20 EIPs to a gateway at once, all or nothing: past 20 is 400 QuotaExceeded.EipsPerNatGateway, one unavailable EIP is 400 IncorrectEipStatus, and neither binds any', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 50 });
    const [a, b] = [await lab.nat(), await lab.nat()];
    const eips = await lab.eips(45);
    const none = async (ids) => { for (const id of ids) assert.equal(await lab.eipStatus(id), 'Available', `${id} was not bound`); };

    await expectError(lab.batch(eips.slice(0, 21), a, 'Nat'), { code: 'QuotaExceeded.EipsPerNatGateway', status: 400 });
    await none(eips.slice(0, 21));
    assert.deepEqual((await lab.natView(a)).ipLists.ipList, []);
    await lab.batch(eips.slice(0, 20), a, 'Nat');
    for (const id of eips.slice(0, 20)) assert.equal((await lab.waitEip(id, 'InUse')).instanceId, a);
    assert.equal((await lab.natView(a)).ipLists.ipList.length, 20);

    await lab.batch(eips.slice(21, 36), b, 'Nat');
    const six = [eips[20], ...eips.slice(36, 41)];
    await expectError(lab.batch(six, b, 'Nat'), { code: 'QuotaExceeded.EipsPerNatGateway', status: 400 });
    await none(six);
    const withBusy = [...eips.slice(41, 45), eips[0]];
    await expectError(lab.batch(withBusy, b, 'Nat'), { code: 'IncorrectEipStatus', status: 400 });
    await none(eips.slice(41, 45));
    for (const id of eips.slice(21, 36)) await lab.waitEip(id, 'InUse');
    assert.equal((await lab.natView(b)).ipLists.ipList.length, 15);
    await lab.batch(six.slice(1), b, 'Nat');
    for (const id of six.slice(1)) await lab.waitEip(id, 'InUse');
    assert.equal((await lab.natView(b)).ipLists.ipList.length, 20);
  });

  it('R-NAT-8: 20 parallel AssociateEipAddress calls to one NAT gateway, from 20 clients, all succeed', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const nat = await lab.nat();
    const eips = await lab.eips(20);
    const { ok, errors } = await settle(eips.map((id) => lab.associate(id, nat, { ...NAT, client: vpcClient(ctx.server, lab.acct.cred) })));
    assert.deepEqual(errors, [], 'no call failed');
    assert.equal(ok.length, 20);
    for (const id of eips) assert.equal((await lab.waitEip(id, 'InUse')).instanceId, nat);
    assert.equal((await lab.natView(nat)).ipLists.ipList.length, 20);
  });
});
