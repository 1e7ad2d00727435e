// HaVips (R-HAVIP-1 … R-HAVIP-5), following the seed's "HaVip との関連付け: IP ドリフト": a privilege to
// create them, 50 per account, one EIP each, Available or InUse to take it, and the EIP follows the HaVip
// when the master changes (the operator's SetHaVipMaster stands in for a VRRP failover).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const HAVIP = { instanceType: 'HaVip' };

const setMaster = (haVipId, instanceId) =>
  ctx.harness.operator.request('SetHaVipMaster', { HaVipId: haVipId, InstanceId: instanceId }, { method: 'POST' });

describe('HaVips (R-HAVIP)', () => {
  it('R-HAVIP-1: without the privilege no HaVip can be created (403 Forbidden.HaVipNotAuthorized); once granted, a HaVip is created and takes an EIP', async () => {
    const lab = await Lab.create(ctx);
    await expectError(lab.haVip(), { code: 'Forbidden.HaVipNotAuthorized', status: 403 });
    await ctx.harness.setQuota(lab.acct.accountId, 'havip-privilege', 1);
    const haVipId = await lab.haVip();
    const eip = await lab.eip();
    const item = await lab.bind(eip, haVipId, HAVIP);
    assert.equal(item.instanceType, 'HaVip');
    assert.equal(item.instanceId, haVipId);
  });

  it('R-HAVIP-2: at most 50 HaVips per account by default: the 51st is 400 QuotaExceeded.HaVip; the quota is adjustable', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    for (let i = 0; i < 50; i++) await lab.haVip();
    await expectError(lab.haVip(), { code: 'QuotaExceeded.HaVip', status: 400 });
    await ctx.harness.setQuota(lab.acct.accountId, 'havip-per-account', 51);
    await lab.haVip();
    await expectError(lab.haVip(), { code: 'QuotaExceeded.HaVip', status: 400 });
  });

  it('R-HAVIP-3: a HaVip has at most one EIP: a second is 400 InvalidAssociation.Duplicated; both sides show the one; a HaVip with an EIP cannot be deleted', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const haVipId = await lab.haVip({ ipAddress: '10.0.1.100' });
    const [e1, e2] = await lab.eips(2);
    await lab.associate(e1, haVipId, HAVIP);
    await expectError(lab.associate(e2, haVipId, HAVIP), { code: 'InvalidAssociation.Duplicated', status: 400 });
    const item = await lab.waitEip(e1, 'InUse');
    await expectError(lab.associate(e2, haVipId, HAVIP), { code: 'InvalidAssociation.Duplicated', status: 400 });
    assert.equal(await lab.eipStatus(e2), 'Available');
    assert.equal(item.privateIpAddress, '', 'the EIP maps to the HaVip\'s address, which DescribeEipAddresses does not repeat (issue 8)');
    assert.equal(item.mode, 'NAT');
    assert.deepEqual((await lab.haVipView(haVipId)).associatedEipAddresses.associatedEipAddresse, [item.ipAddress]);
    const err = await expectError(lab.vpc.deleteHaVip(new Vpc.DeleteHaVipRequest({ regionId: lab.regionId, haVipId })), { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(e1));
    await lab.unbind(e1);
    assert.deepEqual((await lab.haVipView(haVipId)).associatedEipAddresses.associatedEipAddresse, []);
    await lab.vpc.deleteHaVip(new Vpc.DeleteHaVipRequest({ regionId: lab.regionId, haVipId }));
  });

  it('R-HAVIP-4: an Available HaVip (no members) and an InUse one (with members) both take an EIP', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const instance = await lab.instance();
    const [idle, used] = [await lab.haVip(), await lab.haVip()];
    await lab.haVipMember(used, instance);
    assert.equal((await lab.haVipView(idle)).status, 'Available');
    assert.equal((await lab.haVipView(used)).status, 'InUse');
    const [e1, e2] = await lab.eips(2);
    assert.equal((await lab.bind(e1, idle, HAVIP)).instanceId, idle);
    assert.equal((await lab.bind(e2, used, HAVIP)).instanceId, used);
    // A HaVip is never in any other state (there is no Creating or Deleting), so IncorrectHaVipStatus cannot be provoked.
  });

  it('R-HAVIP-5: with an EIP bound to the HaVip, the master moves (SetHaVipMaster, then the master leaving): the EIP stays bound to the HaVip throughout', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const [a, b, c] = await lab.launch({ amount: 3 });
    const haVipId = await lab.haVip();
    await lab.haVipMember(haVipId, a);
    await lab.haVipMember(haVipId, b);
    const eip = await lab.eip();
    const bound = await lab.bind(eip, haVipId, HAVIP);
    const before = await lab.haVipView(haVipId);
    assert.equal(before.masterInstanceId, a);
    assert.deepEqual(before.associatedEipAddresses.associatedEipAddresse, [bound.ipAddress]);

    await setMaster(haVipId, b);
    const failedOver = await lab.haVipView(haVipId);
    assert.equal(failedOver.masterInstanceId, b);
    assert.deepEqual(failedOver.associatedEipAddresses.associatedEipAddresse, [bound.ipAddress], 'the service address does not change');
    assert.deepEqual(await lab.eipView(eip), bound, 'the EIP is untouched by the failover');
    await expectError(setMaster(haVipId, c), { status: 400 }); // only a member can be master

    // The master leaving hands over too; the EIP still follows the HaVip.
    await lab.vpc.unassociateHaVip(new Vpc.UnassociateHaVipRequest({ regionId: lab.regionId, haVipId, instanceId: b }));
    const handedOver = await lab.haVipView(haVipId);
    assert.equal(handedOver.masterInstanceId, a);
    assert.deepEqual(handedOver.associatedEipAddresses.associatedEipAddresse, [bound.ipAddress]);
    assert.equal((await lab.eipView(eip)).instanceId, haVipId);
  });

  it('R-HAVIP-5: a HaVip has at most 10 members (400 QuotaExceeded.HaVipInstances), also with an EIP bound', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const haVipId = await lab.haVip();
    const eip = await lab.eip();
    await lab.bind(eip, haVipId, HAVIP);
    for (let i = 0; i < 10; i++) await lab.haVipMember(haVipId, await lab.eni(), 'NetworkInterface');
    await expectError(lab.haVipMember(haVipId, await lab.eni(), 'NetworkInterface'), { code: 'QuotaExceeded.HaVipInstances', status: 400 });
    assert.equal((await lab.haVipView(haVipId)).associatedInstances.associatedInstance.length, 10);
    assert.equal((await lab.eipView(eip)).status, 'InUse');
  });
});
