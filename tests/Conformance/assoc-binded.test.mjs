// ENIs in EIP-visible (cut-through) mode, Mode=BINDED (R-BIND-1 … R-BIND-9), following the seed's
// "ENI への関連付け: カットスルーモード": secondary ENIs only, their primary private IP only, bind first and
// attach after, one EIP per ENI, private traffic off while bound, only in some regions; and the
// recommended alternative, a public secondary CIDR block.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc } from './lib/harness.mjs';
import { Lab, regionIds } from './lib/lab.mjs';

// R-BIND-3 needs an ENI caught in Attaching: attachments take ATTACH seconds, skipped with AdvanceClock.
const ATTACH = 600;
const ctx = useServer({
  env: {
    OpenEip__Compute__PendingSeconds: '0',
    OpenEip__Compute__StartingSeconds: '0',
    OpenEip__Compute__StoppingSeconds: '0',
    OpenEip__Compute__EniAttachSeconds: String(ATTACH),
  },
});
const BINDED = { instanceType: 'NetworkInterface', mode: 'BINDED' };

/** R-BIND-6: the regions of the seed. */
const BINDED_REGIONS = [
  'cn-hangzhou', 'cn-shanghai', 'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-shenzhen',
  'cn-guangzhou', 'cn-chengdu', 'ap-southeast-1', 'ap-southeast-5', 'eu-central-1', 'eu-west-1', 'us-east-1',
];

/** Attaches and moves the clock past the attachment, so the ENI is InUse. */
async function attachNow(lab, eniId, instanceId) {
  await lab.attach(eniId, instanceId, { wait: false });
  assert.equal((await lab.eniView(eniId)).status, 'Attaching');
  await ctx.harness.advanceClock(ATTACH);
  assert.equal((await lab.eniView(eniId)).status, 'InUse');
}

describe('ENIs in EIP-visible mode (R-BIND)', () => {
  it('R-BIND-1: BINDED mode on a primary ENI is 400 OperationDenied.PrimaryNetworkInterface', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const primaryEni = await lab.primaryEniId(instance);
    const eip = await lab.eip();
    await expectError(lab.associate(eip, primaryEni, BINDED), { code: 'OperationDenied.PrimaryNetworkInterface', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
    assert.equal((await lab.bind(eip, primaryEni, { instanceType: 'NetworkInterface', mode: 'NAT' })).mode, 'NAT', 'NAT mode is fine there');
    await expectError(lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode: 'BINDED' })),
      { code: 'OperationDenied.PrimaryNetworkInterface', status: 400 });
    assert.equal((await lab.eipView(eip)).mode, 'NAT', 'a refused mode change leaves the binding as it was');
  });

  it('R-BIND-2: BINDED mode takes only the secondary ENI\'s primary private IP: a secondary IP is 400 InvalidParameter naming PrivateIpAddress', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 1 });
    const { primary, secondary } = await lab.privateIps(eni);
    const eip = await lab.eip();
    const err = await expectError(lab.associate(eip, eni, { ...BINDED, privateIpAddress: secondary[0] }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /PrivateIpAddress/);
    assert.equal(await lab.eipStatus(eip), 'Available');
    const item = await lab.bind(eip, eni, { ...BINDED, privateIpAddress: primary });
    assert.equal(item.mode, 'BINDED');
    assert.equal(item.privateIpAddress, primary);
    assert.equal(item.instanceId, eni);
    assert.equal(item.instanceType, 'NetworkInterface');
  });

  it('R-BIND-3: bind first, then attach: an ENI that is Attaching or attached is 400 InvalidStatus.EniStatusNotSupport; a bound ENI attaches and keeps its EIP', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const [first, second] = [await lab.eni(), await lab.eni()];
    const [e1, e2] = await lab.eips(2);
    const refused = { code: 'InvalidStatus.EniStatusNotSupport', status: 400 };
    await lab.attach(first, instance, { wait: false });
    assert.equal((await lab.eniView(first)).status, 'Attaching');
    await expectError(lab.associate(e1, first, BINDED), refused);
    await ctx.harness.advanceClock(ATTACH);
    assert.equal((await lab.eniView(first)).status, 'InUse');
    await expectError(lab.associate(e1, first, BINDED), refused);
    assert.equal(await lab.eipStatus(e1), 'Available');
    // Switching an attached ENI's NAT-mode EIP to BINDED is refused the same way, and changes nothing.
    await lab.bind(e1, first, { instanceType: 'NetworkInterface', mode: 'NAT' });
    await expectError(lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: e1, mode: 'BINDED' })), refused);
    const unchanged = await lab.eipView(e1);
    assert.equal(unchanged.status, 'InUse');
    assert.equal(unchanged.mode, 'NAT');

    await lab.bind(e2, second, BINDED);
    await attachNow(lab, second, instance);
    const item = await lab.eipView(e2);
    assert.equal(item.status, 'InUse');
    assert.equal(item.mode, 'BINDED');
    const view = await lab.eniView(second);
    assert.equal(view.instanceId, instance);
    assert.equal(view.associatedPublicIp.allocationId, e2);
  });

  it('R-BIND-4: while a BINDED EIP is bound the ENI\'s private traffic is off (PrivateTrafficEnabled false, raw JSON), also once attached; it is on again after unassociate', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eni = await lab.eni();
    const natEni = await lab.eni();
    const [eip, natEip] = await lab.eips(2);
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, true);
    await lab.bind(eip, eni, BINDED);
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, false);
    await attachNow(lab, eni, instance);
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, false, 'still off once attached');
    await lab.bind(natEip, natEni, { instanceType: 'NetworkInterface', mode: 'NAT' });
    assert.equal((await lab.eniRaw(natEni)).PrivateTrafficEnabled, true, 'NAT mode leaves private traffic on');
    await lab.unbind(eip);
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, true);
  });

  it('R-BIND-5: one EIP per ENI in BINDED mode: a second (BINDED or NAT) is 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 1 });
    const { secondary } = await lab.privateIps(eni);
    const [e1, e2, e3] = await lab.eips(3);
    await lab.bind(e1, eni, BINDED);
    const duplicated = { code: 'InvalidAssociation.Duplicated', status: 400 };
    await expectError(lab.associate(e2, eni, BINDED), duplicated);
    await expectError(lab.associate(e3, eni, { instanceType: 'NetworkInterface', mode: 'NAT', privateIpAddress: secondary[0] }), duplicated);
    assert.equal(await lab.eipStatus(e2), 'Available');
    assert.equal(await lab.eipStatus(e3), 'Available');
    assert.deepEqual((await lab.eipsOn(eni)).map((e) => e.allocationId), [e1]);
  });

  it('R-BIND-5: AssociateEipAddressBatch in BINDED mode follows the single-EIP rules: one EIP binds; two to one ENI are 400 InvalidAssociation.Duplicated and bind none', async () => {
    const lab = await Lab.create(ctx);
    const [one, two] = [await lab.eni(), await lab.eni()];
    const [e1, e2, e3] = await lab.eips(3);
    await expectError(lab.batch([e2, e3], two, 'NetworkInterface', { mode: 'BINDED' }), { code: 'InvalidAssociation.Duplicated', status: 400 });
    assert.equal(await lab.eipStatus(e2), 'Available');
    assert.equal(await lab.eipStatus(e3), 'Available');
    await lab.batch([e1], one, 'NetworkInterface', { mode: 'BINDED' });
    const item = await lab.waitEip(e1, 'InUse');
    assert.equal(item.mode, 'BINDED');
    assert.equal(item.instanceId, one);
  });

  it('R-BIND-6: BINDED mode works only in the seed\'s 14 regions; elsewhere it is 400 InvalidRegion.NotSupport', async () => {
    const acct = await ctx.harness.createAccount();
    const all = await regionIds(acct);
    for (const r of BINDED_REGIONS) assert.ok(all.includes(r), `${r} is offered`);
    const outcomes = await Promise.all(all.map(async (regionId) => {
      const lab = await Lab.create(ctx, { acct, regionId });
      const eni = await lab.eni();
      const eip = await lab.eip();
      try {
        await lab.associate(eip, eni, BINDED);
        return { regionId, result: 'bound' };
      } catch (err) {
        return { regionId, result: `${err.code} ${err.statusCode}` };
      }
    }));
    const expected = all.map((regionId) => ({ regionId, result: BINDED_REGIONS.includes(regionId) ? 'bound' : 'InvalidRegion.NotSupport 400' }));
    assert.deepEqual(outcomes, expected);
  });

  it('R-BIND-2: ModifyEipForwardMode keeps a chosen private IP: a NAT binding on a secondary IP is refused BINDED (400 InvalidParameter) and stays as it was; one on the primary IP moves and still shows it (Terraform\'s ForceNew private_ip_address)', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 1 });
    const { primary, secondary } = await lab.privateIps(eni);
    const [onSecondary, onPrimary] = await lab.eips(2);
    const modify = (eip, mode) => lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode }));
    await lab.bind(onSecondary, eni, { instanceType: 'NetworkInterface', mode: 'NAT', privateIpAddress: secondary[0] });
    const err = await expectError(modify(onSecondary, 'BINDED'), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /PrivateIpAddress/);
    const unchanged = await lab.eipView(onSecondary);
    assert.equal(unchanged.mode, 'NAT');
    assert.equal(unchanged.privateIpAddress, secondary[0]);
    await lab.unbind(onSecondary);

    await lab.bind(onPrimary, eni, { instanceType: 'NetworkInterface', mode: 'NAT', privateIpAddress: primary });
    await modify(onPrimary, 'BINDED');
    const binded = await lab.waitEip(onPrimary, (e) => e.status === 'InUse' && e.mode === 'BINDED');
    assert.equal(binded.privateIpAddress, primary);
  });

  it('R-BIND-7: an EIP-visible binding is recorded as Mode BINDED (no NAT); ModifyEipForwardMode moves an unattached ENI\'s EIP between NAT and BINDED', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni();
    const eip = await lab.eip();
    await lab.bind(eip, eni, { instanceType: 'NetworkInterface', mode: 'NAT' });
    const modify = (mode) => lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode }));
    await modify('BINDED');
    const binded = await lab.waitEip(eip, (e) => e.status === 'InUse' && e.mode === 'BINDED');
    assert.equal(binded.privateIpAddress, '', 'bound without PrivateIpAddress: none shown, whatever the mode (issue 8)');
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, false);
    await modify('NAT');
    await lab.waitEip(eip, (e) => e.status === 'InUse' && e.mode === 'NAT');
    assert.equal((await lab.eniRaw(eni)).PrivateTrafficEnabled, true);
  });


  it('R-BIND-9: the recommended way: a public secondary CIDR on the VPC, a vSwitch and an ENI in it, bind, then attach', async () => {
    const lab = await Lab.create(ctx);
    await lab.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: lab.regionId, vpcId: lab.vpcId, secondaryCidrBlock: '47.100.8.0/24' }));
    const publicVSwitch = await lab.vSwitch('47.100.8.0/26');
    const eni = await lab.eni({ vSwitchId: publicVSwitch });
    const view = await lab.eniView(eni);
    assert.match(view.privateIpAddress, /^47\.100\.8\./);
    const instance = await lab.instance();
    const eip = await lab.eip();
    const bound = await lab.bind(eip, eni, BINDED);
    assert.equal(bound.privateIpAddress, '', 'bound without PrivateIpAddress: none shown (issue 8)');
    await attachNow(lab, eni, instance);
    const attached = await lab.eniView(eni);
    assert.equal(attached.instanceId, instance);
    assert.equal(attached.associatedPublicIp.publicIpAddress, bound.ipAddress);
    const after = await lab.eipView(eip);
    assert.equal(after.status, 'InUse');
    assert.equal(after.mode, 'BINDED');
    assert.equal(after.instanceId, eni);
  });
});
