// R-EIP-8, R-BIND-8, R-LIFE-2 and R-LIFE-5 are in billing.test.mjs; R-NAT-5 and R-NAT-6 in nat-entries.test.mjs.
// Rules common to every association (R-EIP-1 … R-EIP-10): who owns the EIP and the target, regions,
// one operation at a time, one target at a time, the asynchronous Associating/Unassociating states,
// and ClientToken idempotency.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE, settle, assertOnlyErrors } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
// The asynchronous states (R-EIP-4, R-EIP-9) are observed on a server whose data plane confirms a change
// CONFIRM seconds (of the service clock) after it was made: Associating/Unassociating last until the test
// moves the clock past that with AdvanceClock, and the reconciler, looking every 0.2 s, then confirms.
const CONFIRM = 600;
const paced = useServer({
  env: { ...FAST_COMPUTE, OpenEip__DataPlane__ConfirmDelay: '00:10:00', OpenEip__DataPlane__ResyncInterval: '00:00:00.2' },
});
const confirm = () => paced.harness.advanceClock(CONFIRM);

describe('common association rules (R-EIP)', () => {
  it('R-EIP-1: an EIP of another account (or none) is 404 InvalidAllocationId.NotFound, for associate and unassociate', async () => {
    const owner = await Lab.create(ctx);
    const other = await Lab.create(ctx);
    const [mine, theirs] = [await owner.eip(), await other.eip()];
    const otherInstance = await other.instance();
    await expectError(other.associate(mine, otherInstance), { code: 'InvalidAllocationId.NotFound', status: 404 });
    await expectError(other.associate('eip-doesnotexist0000000', otherInstance), { code: 'InvalidAllocationId.NotFound', status: 404 });
    const ownerInstance = await owner.instance();
    await owner.bind(mine, ownerInstance);
    await expectError(other.unassociate(mine), { code: 'InvalidAllocationId.NotFound', status: 404 });
    await expectError(owner.associate(theirs, ownerInstance), { code: 'InvalidAllocationId.NotFound', status: 404 });
    assert.equal((await owner.eipView(mine)).status, 'InUse', 'the owner\'s binding is untouched');
    assert.equal(await other.eipStatus(theirs), 'Available');
  });

  it('R-EIP-2: only an Available EIP is associated: an InUse one, or one a load balancer manages, is 400 IncorrectEipStatus', async () => {
    const lab = await Lab.create(ctx);
    const [a, b] = await lab.launch({ amount: 2 });
    const eip = await lab.eip();
    await lab.bind(eip, a);
    await expectError(lab.associate(eip, a), { code: 'IncorrectEipStatus', status: 400 });

    const nlbId = await lab.nlbLoadBalancer('Internet');
    const [managed] = await lab.eipsOn(nlbId);
    assert.ok(managed, 'the internet NLB has system EIPs');
    assert.equal(managed.serviceManaged, 1);
    await expectError(lab.associate(managed.allocationId, b), { code: 'IncorrectEipStatus', status: 400 });
    assert.equal((await lab.instanceView(b)).eipAddress.allocationId, '');
  });

  it('R-EIP-3: the EIP and the target must be in the same region: 400 InvalidParameter.Mismatch (ECS, ENI, NAT gateway, HaVip, CLB, and a wrong InstanceRegionId)', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const instance = await lab.instance();
    const eni = await lab.eni();
    const nat = await lab.nat();
    const haVip = await lab.haVip();
    const clb = (await lab.clb()).LoadBalancerId;
    const elsewhere = (await lab.acct.allocate({ regionId: 'cn-shanghai' })).allocationId;
    const there = { regionId: 'cn-shanghai' };
    const mismatch = { code: 'InvalidParameter.Mismatch', status: 400 };
    await expectError(lab.associate(elsewhere, instance, there), mismatch);
    await expectError(lab.associate(elsewhere, eni, { ...there, instanceType: 'NetworkInterface' }), mismatch);
    await expectError(lab.associate(elsewhere, nat, { ...there, instanceType: 'Nat' }), mismatch);
    await expectError(lab.associate(elsewhere, haVip, { ...there, instanceType: 'HaVip' }), mismatch);
    await expectError(lab.associate(elsewhere, clb, { ...there, instanceType: 'SlbInstance' }), mismatch);
    assert.equal((await lab.acct.describeOne(elsewhere, 'cn-shanghai')).status, 'Available');

    const here = await lab.eip();
    await expectError(lab.associate(here, instance, { instanceRegionId: 'cn-shanghai' }), mismatch);
    const bound = await lab.bind(here, instance, { instanceRegionId: lab.regionId });
    assert.equal(bound.instanceRegionId, lab.regionId);
  });

  it('R-EIP-4: while an EIP is Associating or Unassociating only reads are allowed: associate, unassociate, release and forward-mode changes are 400 IncorrectEipStatus', async () => {
    const lab = await Lab.create(paced);
    const [a, b] = await lab.launch({ amount: 2 });
    const eip = await lab.eip();
    const refused = { code: 'IncorrectEipStatus', status: 400 };
    await lab.associate(eip, a);
    await expectError(lab.associate(eip, b), refused);
    await expectError(lab.unassociate(eip), refused);
    await expectError(lab.release(eip), refused);
    await expectError(lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode: 'BINDED' })), refused);
    assert.equal(await lab.eipStatus(eip), 'Associating', 'still, until the clock passes the confirmation delay');

    await confirm();
    await lab.waitEip(eip, 'InUse');
    await lab.unassociate(eip);
    await expectError(lab.associate(eip, b), refused);
    await expectError(lab.unassociate(eip), refused);
    await expectError(lab.release(eip), refused);
    assert.equal(await lab.eipStatus(eip), 'Unassociating', 'still, until the clock passes the confirmation delay');
    await confirm();
    const settled = await lab.waitEip(eip, 'Available');
    assert.equal(settled.instanceId, '', 'none of the refused calls left a trace');
    await lab.release(eip);
  });

  it('R-EIP-4: ModifyEipAddressAttribute on an Associating or Unassociating EIP is 400 IncorrectEipStatus and changes nothing', async () => {
    const lab = await Lab.create(paced);
    const instance = await lab.instance();
    const eip = await lab.eip();
    const refused = { code: 'IncorrectEipStatus', status: 400 };
    await lab.associate(eip, instance);
    await expectError(lab.acct.modify({ allocationId: eip, bandwidth: '10' }), refused);
    const during = await lab.eipView(eip);
    assert.equal(during.status, 'Associating', 'still, until the clock passes the confirmation delay');
    assert.equal(during.bandwidth, '5');
    await confirm();
    await lab.waitEip(eip, 'InUse');
    await lab.unassociate(eip);
    await expectError(lab.acct.modify({ allocationId: eip, name: 'renamed' }), refused);
    const unbinding = await lab.eipView(eip);
    assert.equal(unbinding.status, 'Unassociating', 'still, until the clock passes the confirmation delay');
    assert.equal(unbinding.name, '');
  });

  it('R-EIP-5: an EIP is bound to one target at a time; to move it, unassociate it first', async () => {
    const lab = await Lab.create(ctx);
    const [a, b] = await lab.launch({ amount: 2 });
    const nat = await lab.nat();
    const eni = await lab.eni();
    const eip = await lab.eip();
    await lab.bind(eip, a);
    for (const [target, instanceType] of [[b, 'EcsInstance'], [nat, 'Nat'], [eni, 'NetworkInterface']]) {
      await expectError(lab.associate(eip, target, { instanceType }), { code: 'IncorrectEipStatus', status: 400 });
    }
    assert.equal((await lab.eipView(eip)).instanceId, a);
    await lab.unbind(eip);
    const moved = await lab.bind(eip, b);
    assert.equal(moved.instanceId, b);
    assert.equal((await lab.instanceView(a)).eipAddress.allocationId, '');
    assert.equal((await lab.instanceView(b)).eipAddress.allocationId, eip);
  });

  it('R-EIP-6: a target that does not exist in the caller\'s account is 404 InvalidInstanceId.NotFound, for every InstanceType', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const other = await Lab.create(ctx, { havip: true });
    const eip = await lab.eip();
    const notFound = { code: 'InvalidInstanceId.NotFound', status: 404 };
    await expectError(lab.associate(eip, 'i-doesnotexist000000000'), notFound);
    await expectError(lab.associate(eip, 'eni-doesnotexist00000000', { instanceType: 'NetworkInterface' }), notFound);
    await expectError(lab.associate(eip, 'ngw-doesnotexist00000000', { instanceType: 'Nat' }), notFound);
    await expectError(lab.associate(eip, 'lb-doesnotexist000000000', { instanceType: 'SlbInstance' }), notFound);
    await expectError(lab.associate(eip, 'havip-doesnotexist000000', { instanceType: 'HaVip' }), notFound);
    // Another account's resources are not found either.
    const theirs = {
      EcsInstance: await other.instance(), NetworkInterface: await other.eni(), Nat: await other.nat(),
      SlbInstance: (await other.clb()).LoadBalancerId, HaVip: await other.haVip(),
    };
    for (const [instanceType, id] of Object.entries(theirs)) await expectError(lab.associate(eip, id, { instanceType }), notFound);
    // An existing resource named with the wrong InstanceType is not found as that type.
    const mine = await lab.instance();
    await expectError(lab.associate(eip, mine, { instanceType: 'Nat' }), notFound);
    assert.equal(await lab.eipStatus(eip), 'Available');
  });

  it('R-EIP-7: InstanceType must be EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip or IpAddress: anything else is 400 InvalidInstanceType.ValueNotSupported', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eip = await lab.eip();
    for (const instanceType of ['Foo', 'Alb', 'Nlb', 'ipaddress', 'ecsinstance']) {
      await expectError(lab.associate(eip, instance, { instanceType }), { code: 'InvalidInstanceType.ValueNotSupported', status: 400 });
    }
    assert.equal(await lab.eipStatus(eip), 'Available');
    assert.equal((await lab.bind(eip, instance)).instanceType, 'EcsInstance', 'InstanceType defaults to EcsInstance');
  });


  it('R-EIP-9: associate returns at once; Describe shows the target at once with Associating, then InUse once the data plane confirms; unassociate shows Unassociating, then Available', async () => {
    const lab = await Lab.create(paced);
    const instance = await lab.instance();
    const primary = (await lab.privateIps(await lab.primaryEniId(instance))).primary;
    const eip = await lab.eip();

    await lab.associate(eip, instance);
    const associating = await lab.eipView(eip);
    assert.equal(associating.status, 'Associating');
    assert.equal(associating.instanceId, instance);
    assert.equal(associating.instanceType, 'EcsInstance');
    assert.equal(associating.instanceRegionId, lab.regionId);
    assert.equal(associating.mode, 'NAT');
    assert.equal(associating.privateIpAddress, '', 'an ECS binding shows no PrivateIpAddress (issue 8: only a chosen ENI or IP-address private IP)');
    await confirm();
    const inUse = await lab.waitEip(eip, 'InUse');
    assert.equal(inUse.instanceId, instance);
    assert.equal(inUse.privateIpAddress, '');
    assert.deepEqual((await lab.instanceView(instance)).vpcAttributes.privateIpAddress.ipAddress, [primary], 'the EIP maps to the primary private IP');
    assert.equal((await lab.instanceView(instance)).eipAddress.allocationId, eip);

    await lab.unassociate(eip);
    const unassociating = await lab.eipView(eip);
    assert.equal(unassociating.status, 'Unassociating');
    await confirm();
    const available = await lab.waitEip(eip, 'Available');
    assert.equal(available.instanceId, '');
    assert.equal(available.instanceType, '');
    assert.equal(available.privateIpAddress, '');
    assert.equal(available.mode, '');
    assert.equal((await lab.instanceView(instance)).eipAddress.allocationId, '');
  });

  it('R-EIP-10: a ClientToken makes associate and unassociate idempotent; the same token with other parameters is 400 IdempotentParameterMismatch', async () => {
    const lab = await Lab.create(ctx);
    const [a, b] = await lab.launch({ amount: 2 });
    const eip = await lab.eip();
    const token = randomUUID();
    await lab.associate(eip, a, { clientToken: token });
    await lab.associate(eip, a, { clientToken: token });
    await lab.waitEip(eip, 'InUse');
    await lab.associate(eip, a, { clientToken: token });
    await expectError(lab.associate(eip, b, { clientToken: token }), { code: 'IdempotentParameterMismatch', status: 400 });
    assert.deepEqual((await lab.eipsOn(a)).map((e) => e.allocationId), [eip]);
    assert.equal((await lab.instanceView(b)).eipAddress.allocationId, '');

    const unbindToken = randomUUID();
    await lab.unassociate(eip, { clientToken: unbindToken });
    await lab.waitEip(eip, 'Available');
    await lab.unassociate(eip, { clientToken: unbindToken });
    assert.equal(await lab.eipStatus(eip), 'Available', 'the repeat returned the first result and did nothing');
    await expectError(lab.associate(eip, a, { clientToken: 'x'.repeat(65) }), { code: 'InvalidParameter', status: 400 });
  });

  it('R-EIP-10: 10 parallel associate calls with one ClientToken: each returns the first result (or 400 LastTokenProcessing), and one binding exists', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eip = await lab.eip();
    const clientToken = randomUUID();
    const { ok, errors } = await settle(Array.from({ length: 10 }, () => lab.associate(eip, instance, { clientToken })));
    assertOnlyErrors(errors, { LastTokenProcessing: 400 });
    assert.ok(ok.length >= 1);
    const bound = await lab.waitEip(eip, 'InUse');
    assert.equal(bound.instanceId, instance);
    assert.equal((await lab.eipsOn(instance)).length, 1);
  });
});
