// The billing lifecycle (issue 4, part 6): expiry and overdue payment lock EIPs, the system releases them
// after the grace period, and their owners recover them (R-LIFE-2, R-LIFE-5, R-LIFE-6, R-EIP-8, R-BIND-8).
// The server's clock is moved with the operator's AdvanceClock, which runs the billing sweep before it
// answers, so nothing here waits on a timer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc, REGION, popClient } from './lib/harness.mjs';
import { Ecs, ecsClient, until } from './lib/lab.mjs';

const GRACE_DAYS = 15;
const DAY = 24 * 3600;
const ctx = useServer({
  env: {
    OpenEip__Compute__PendingSeconds: '0',
    OpenEip__Compute__StartingSeconds: '0',
    OpenEip__Compute__StoppingSeconds: '0',
    OpenEip__Compute__EniAttachSeconds: '0',
    OpenEip__DataPlane__ConfirmDelay: '00:00:00',
  },
});

async function lab() {
  const acct = await ctx.harness.createAccount();
  const ecs = ecsClient(ctx.server, acct);
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;
  const securityGroupId = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId }))).body.securityGroupId;
  const instanceId = (await ecs.runInstances(new Ecs.RunInstancesRequest({
    regionId: REGION, instanceType: 'ecs.g7.large', imageId: 'aliyun_3_x64', vSwitchId, securityGroupId, amount: 1,
  }))).body.instanceIdSets.instanceIdSet[0];
  await until('instance Running', async () => (await describeInstance(ecs, instanceId)).status, (s) => s === 'Running');
  return { acct, ecs, vSwitchId, securityGroupId, instanceId };
}

async function describeInstance(ecs, instanceId) {
  return (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }))).body.instances.instance[0];
}

async function associate(acct, allocationId, instanceId, extra = {}) {
  await acct.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId, instanceId, ...extra }));
  return until('EIP InUse', () => acct.describeOne(allocationId), (e) => e?.status === 'InUse');
}

/** Advances the server's clock to a moment (a Date), never backwards. */
async function advanceTo(when) {
  const { Now } = await ctx.harness.advanceClock(0);
  const seconds = Math.ceil((when.getTime() - Date.parse(Now)) / 1000);
  if (seconds > 0) await ctx.harness.advanceClock(seconds);
}

function operator(action, params) {
  return ctx.harness.operator.request(action, params, { method: 'POST' });
}

async function eniAttribute(acct, networkInterfaceId) {
  const ecsRaw = popClient(ctx.server, acct, { apiVersion: '2014-05-26' });
  const body = await ecsRaw.request('DescribeNetworkInterfaces', { RegionId: REGION, 'NetworkInterfaceId.1': networkInterfaceId });
  return body.NetworkInterfaceSets.NetworkInterfaceSet[0];
}

describe('billing lifecycle', () => {
  it('R-LIFE-5, R-EIP-8, R-LIFE-6: an expired subscription EIP is locked, released after the grace period, then recovered by its owner', async () => {
    const { acct, ecs, instanceId } = await lab();
    const eip = await acct.allocate({ instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true });
    const bound = await associate(acct, eip.allocationId, instanceId);
    const expiry = new Date(Date.parse(bound.expiredTime));

    await advanceTo(new Date(expiry.getTime() + 60_000));
    const locked = await acct.describeOne(eip.allocationId);
    assert.equal(locked.businessStatus, 'FinancialLocked');
    assert.deepEqual(locked.operationLocks.lockReason.map((l) => l.lockReason), ['financial']);
    assert.equal(locked.status, 'InUse', 'a locked EIP stays bound until the system releases it');
    const byReason = await acct.describe({ lockReason: 'financial' });
    assert.deepEqual(byReason.eipAddresses.eipAddress.map((e) => e.allocationId), [eip.allocationId]);

    // R-EIP-8: locked means no unassociate, no release, no association of it elsewhere.
    await expectError(acct.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId })),
      { code: 'IncorrectEipStatus', status: 400 });
    await expectError(acct.release(eip.allocationId), { code: 'IncorrectEipStatus', status: 400 });

    await ctx.harness.advanceClock(GRACE_DAYS * DAY);
    assert.equal(await acct.describeOne(eip.allocationId), undefined, 'released by the system after the grace period');
    assert.equal((await describeInstance(ecs, instanceId)).eipAddress.allocationId, '', 'the instance lost its EIP');

    // R-LIFE-6: recoverable by its owner for 7 days; R-LIFE-8: it comes back pay-as-you-go.
    const recovered = await acct.allocate({ ipAddress: eip.eipAddress });
    assert.equal(recovered.allocationId, eip.allocationId);
    const back = await acct.describeOne(eip.allocationId);
    assert.equal(back.status, 'Available');
    assert.equal(back.chargeType, 'PostPaid');
    assert.equal(back.businessStatus, 'Normal');
    assert.deepEqual(back.operationLocks.lockReason, []);
  });

  it('R-LIFE-5: an overdue account has its pay-as-you-go EIPs locked at once and unlocked when it pays', async () => {
    const { acct, instanceId } = await lab();
    const a = await acct.allocate();
    const b = await acct.allocate();
    await associate(acct, a.allocationId, instanceId);
    await operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'true' });

    for (const id of [a.allocationId, b.allocationId]) assert.equal((await acct.describeOne(id)).businessStatus, 'FinancialLocked');
    await expectError(acct.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: b.allocationId, instanceId })),
      { code: 'IncorrectEipStatus', status: 400 });
    await expectError(acct.release(b.allocationId), { code: 'IncorrectEipStatus', status: 400 });

    await operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'false' });
    for (const id of [a.allocationId, b.allocationId]) assert.equal((await acct.describeOne(id)).businessStatus, 'Normal');
    await acct.release(b.allocationId);
    assert.equal((await acct.describeOne(a.allocationId)).status, 'InUse');
  });

  it('R-LIFE-5, R-LIFE-6: an account that stays overdue loses its EIPs after the grace period and recovers them once it has paid', async () => {
    const { acct, ecs, instanceId } = await lab();
    const eip = await acct.allocate();
    await associate(acct, eip.allocationId, instanceId);
    await operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'true' });
    await ctx.harness.advanceClock(GRACE_DAYS * DAY + 60);

    assert.equal(await acct.describeOne(eip.allocationId), undefined);
    assert.equal((await describeInstance(ecs, instanceId)).eipAddress.allocationId, '');
    await expectError(acct.allocate({ ipAddress: eip.eipAddress }), { code: 'ReserveIpFail', status: 400 });

    await operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'false' });
    const recovered = await acct.allocate({ instanceId: eip.allocationId });
    assert.equal(recovered.eipAddress, eip.eipAddress);
    assert.equal((await acct.describeOne(eip.allocationId)).status, 'Available');
  });

  it('R-LIFE-5, R-NAT-6: releasing the NAT gateway EIP of an overdue account removes it from the SNAT entries', async () => {
    const { acct, vSwitchId } = await lab();
    const natGatewayId = (await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId: (await acct.vpc.describeVSwitches(
      new Vpc.DescribeVSwitchesRequest({ regionId: REGION, vSwitchId }))).body.vSwitches.vSwitch[0].vpcId, vSwitchId, networkType: 'internet' }))).body.natGatewayId;
    const gateway = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId }))).body.natGateways.natGateway[0];
    const snatTableId = gateway.snatTableIds.snatTableId[0];
    const eip = await acct.allocate();
    await associate(acct, eip.allocationId, natGatewayId, { instanceType: 'Nat' });
    await acct.vpc.createSnatEntry(new Vpc.CreateSnatEntryRequest({ regionId: REGION, snatTableId, sourceVSwitchId: vSwitchId, snatIp: eip.eipAddress }));

    await operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'true' });
    await ctx.harness.advanceClock(GRACE_DAYS * DAY + 60);

    assert.equal(await acct.describeOne(eip.allocationId), undefined);
    const entries = (await acct.vpc.describeSnatTableEntries(new Vpc.DescribeSnatTableEntriesRequest({ regionId: REGION, snatTableId }))).body;
    assert.equal(entries.totalCount, 0, 'the SNAT entry went with its only address');
    const after = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId }))).body.natGateways.natGateway[0];
    assert.deepEqual(after.ipLists.ipList, []);
    await acct.vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: REGION, natGatewayId }));
  });

  it('R-BIND-8: an ENI whose BINDED subscription EIP expired and was released talks privately again only after detach and attach', async () => {
    const { acct, ecs, vSwitchId, securityGroupId, instanceId } = await lab();
    const eniId = (await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId, securityGroupId }))).body.networkInterfaceId;
    const eip = await acct.allocate({ instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true });
    const bound = await associate(acct, eip.allocationId, eniId, { instanceType: 'NetworkInterface', mode: 'BINDED' });
    assert.equal(bound.mode, 'BINDED');
    await ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniId, instanceId }));
    await until('ENI InUse', () => eniAttribute(acct, eniId), (e) => e.Status === 'InUse');
    assert.equal((await eniAttribute(acct, eniId)).PrivateTrafficEnabled, false, 'R-BIND-4: the EIP replaces the private address');

    await advanceTo(new Date(Date.parse(bound.expiredTime) + GRACE_DAYS * DAY * 1000 + 60_000));
    assert.equal(await acct.describeOne(eip.allocationId), undefined, 'expired and released');
    const after = await eniAttribute(acct, eniId);
    assert.equal(after.AssociatedPublicIp.AllocationId, '');
    assert.equal(after.PrivateTrafficEnabled, false, 'private traffic stays off after the release');

    await ecs.detachNetworkInterface(new Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniId, instanceId }));
    await until('ENI Available', () => eniAttribute(acct, eniId), (e) => e.Status === 'Available');
    assert.equal((await eniAttribute(acct, eniId)).PrivateTrafficEnabled, false, 'detaching alone is not enough');
    await ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniId, instanceId }));
    await until('ENI InUse', () => eniAttribute(acct, eniId), (e) => e.Status === 'InUse');
    assert.equal((await eniAttribute(acct, eniId)).PrivateTrafficEnabled, true, 'attached again: private traffic restored');
  });

  it('R-LIFE-2: an idle pay-as-you-go EIP accrues its configuration fee only while unbound, and the report suggests releasing it', async () => {
    const { acct, instanceId } = await lab();
    const eip = await acct.allocate();
    const prepaid = await acct.allocate({ instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true });
    await operator('SetIdleEipPrice', { PricePerHour: '0.5' });
    const report = async () => {
      const body = await operator('DescribeIdleEipFees', { AccountId: acct.accountId });
      assert.equal(body.PricePerHour, 0.5);
      assert.equal(body.Accounts.Account.length, 1);
      return body.Accounts.Account[0];
    };

    await ctx.harness.advanceClock(10 * 3600);
    let account = await report();
    assert.deepEqual(account.IdleEips.IdleEip.map((e) => e.AllocationId), [eip.allocationId], 'subscription EIPs pay no idle fee');
    let fee = account.IdleEips.IdleEip[0];
    assert.ok(fee.IdleHours >= 10 && fee.IdleHours < 10.1, `10 idle hours, got ${fee.IdleHours}`);
    assert.ok(Math.abs(fee.Fee - fee.IdleHours * 0.5) < 0.001);
    assert.equal(fee.SuggestRelease, false);

    await associate(acct, eip.allocationId, instanceId);
    await ctx.harness.advanceClock(10 * 3600);
    fee = (await report()).IdleEips.IdleEip[0];
    assert.ok(fee.IdleHours < 10.1, `bound hours are not idle, got ${fee.IdleHours}`);
    assert.equal(fee.IdleSince, '');

    await acct.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId }));
    await until('EIP Available', () => acct.describeOne(eip.allocationId), (e) => e?.status === 'Available');
    await ctx.harness.advanceClock(25 * 3600);
    account = await report();
    fee = account.IdleEips.IdleEip[0];
    assert.ok(fee.IdleHours >= 35 && fee.IdleHours < 35.2, `35 idle hours, got ${fee.IdleHours}`);
    assert.equal(fee.SuggestRelease, true, 'idle for more than a day');
    assert.equal(account.TotalFee, fee.Fee);
    assert.ok(prepaid.allocationId);
  });

  it('billing operator actions refuse bad input and non-operators', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(operator('SetAccountOverdue', { AccountId: 'nobody', Overdue: 'true' }), { code: 'InvalidAccountId.NotFound', status: 404 });
    await expectError(operator('SetAccountOverdue', { AccountId: acct.accountId, Overdue: 'maybe' }), { code: 'InvalidParameter', status: 400 });
    await expectError(operator('SetIdleEipPrice', { PricePerHour: '-1' }), { code: 'InvalidParameter', status: 400 });
    await expectError(operator('SetIdleEipPrice', { PricePerHour: 'abc' }), { code: 'InvalidParameter', status: 400 });
    const asUser = popClient(ctx.server, acct, { apiVersion: '2026-11-25' });
    await expectError(asUser.request('DescribeIdleEipFees', {}, { method: 'POST' }), { status: 403 });
  });
});
