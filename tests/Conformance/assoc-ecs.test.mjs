// Association rules for ECS instances (R-ECS-1 … R-ECS-7), following the seed's "ECS インスタンスとの関連付け"
// section: bind an EIP to an instance in a VPC, one per instance, in NAT mode on the primary private IP,
// and change it by unbinding first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError } from './lib/harness.mjs';
import { Lab, Ecs, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
// R-ECS-3 needs instances caught in Pending, Starting and Stopping: long transitions, skipped with AdvanceClock.
const STEP = 600;
const slow = useServer({
  env: {
    OpenEip__Compute__PendingSeconds: String(STEP),
    OpenEip__Compute__StartingSeconds: String(STEP),
    OpenEip__Compute__StoppingSeconds: String(STEP),
    OpenEip__Compute__EniAttachSeconds: '0',
  },
});

describe('ECS instances (R-ECS)', () => {
  it('R-ECS-1: an instance on the classic network cannot take an EIP: 400 OperationDenied', async () => {
    const lab = await Lab.create(ctx);
    const { body } = await lab.ecs.createInstance(new Ecs.CreateInstanceRequest({ regionId: lab.regionId, instanceType: 'ecs.g7.large' }));
    const classic = body.instanceId;
    assert.equal((await lab.instanceView(classic)).instanceNetworkType, 'classic');
    const eip = await lab.eip();
    await expectError(lab.associate(eip, classic), { code: 'OperationDenied', status: 400 });
    await expectError(lab.associate(eip, classic, { instanceType: 'EcsInstance' }), { code: 'OperationDenied', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
    const vpcInstance = await lab.instance();
    assert.equal((await lab.bind(eip, vpcInstance)).instanceId, vpcInstance, 'the same EIP binds to an instance in a VPC');
  });

  it('R-ECS-2: a second EIP on one instance is refused with 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const [first, second] = await lab.eips(2);
    await lab.associate(first, instance);
    // Refused already while the first is Associating, and still once it is InUse.
    await expectError(lab.associate(second, instance), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await lab.waitEip(first, 'InUse');
    await expectError(lab.associate(second, instance, { instanceType: 'EcsInstance' }), { code: 'InvalidAssociation.Duplicated', status: 400 });
    assert.equal(await lab.eipStatus(second), 'Available');
    assert.equal((await lab.instanceView(instance)).eipAddress.allocationId, first);
  });

  it('R-ECS-3: an instance that is Pending, Starting or Stopping is refused with 400 IncorrectInstanceStatus; Running and Stopped take an EIP', async () => {
    const lab = await Lab.create(slow);
    const advance = () => slow.harness.advanceClock(STEP);
    const eip = await lab.eip();
    const [run] = await lab.launch({ wait: false });
    const [created] = await lab.launch({ start: false, wait: false });

    assert.equal(await lab.instanceStatus(run), 'Pending');
    assert.equal(await lab.instanceStatus(created), 'Pending');
    await expectError(lab.associate(eip, run), { code: 'IncorrectInstanceStatus', status: 400 });
    await expectError(lab.associate(eip, created), { code: 'IncorrectInstanceStatus', status: 400 });

    await advance();
    assert.equal(await lab.instanceStatus(run), 'Starting');
    assert.equal(await lab.instanceStatus(created), 'Stopped');
    await expectError(lab.associate(eip, run), { code: 'IncorrectInstanceStatus', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
    await lab.bind(eip, created);
    await lab.unbind(eip);

    await advance();
    assert.equal(await lab.instanceStatus(run), 'Running');
    await lab.ecs.stopInstance(new Ecs.StopInstanceRequest({ instanceId: run }));
    assert.equal(await lab.instanceStatus(run), 'Stopping');
    await expectError(lab.associate(eip, run), { code: 'IncorrectInstanceStatus', status: 400 });

    await advance();
    assert.equal(await lab.instanceStatus(run), 'Stopped');
    await lab.bind(eip, run);
    await lab.ecs.startInstance(new Ecs.StartInstanceRequest({ instanceId: run }));
    await advance();
    assert.equal(await lab.instanceStatus(run), 'Running');
    assert.equal((await lab.instanceView(run)).eipAddress.allocationId, eip, 'the EIP stays through stop and start');
  });

  it('R-ECS-4: an instance with a fixed public IP cannot take an EIP, and one with an EIP cannot get a fixed public IP: 400 InvalidStatus.InstanceHasBandWidth', async () => {
    const lab = await Lab.create(ctx);
    const [fixed, launchedWithIp, bound] = [await lab.instance(), await lab.instance({ internetMaxBandwidthOut: 5 }), await lab.instance()];
    await lab.ecs.allocatePublicIpAddress(new Ecs.AllocatePublicIpAddressRequest({ instanceId: fixed }));
    const [e1, e2, e3] = await lab.eips(3);
    await expectError(lab.associate(e1, fixed), { code: 'InvalidStatus.InstanceHasBandWidth', status: 400 });
    assert.equal((await lab.instanceView(launchedWithIp)).publicIpAddress.ipAddress.length, 1);
    await expectError(lab.associate(e2, launchedWithIp), { code: 'InvalidStatus.InstanceHasBandWidth', status: 400 });
    await lab.bind(e3, bound);
    await expectError(lab.ecs.allocatePublicIpAddress(new Ecs.AllocatePublicIpAddressRequest({ instanceId: bound })),
      { code: 'InvalidStatus.InstanceHasBandWidth', status: 400 });
    assert.deepEqual((await lab.instanceView(bound)).publicIpAddress.ipAddress, []);
    assert.equal(await lab.eipStatus(e1), 'Available');
    assert.equal(await lab.eipStatus(e2), 'Available');
  });

  it('R-ECS-5: the EIP maps to the primary private IP of the primary ENI in NAT mode; the instance and ENI show it (Describe\'s PrivateIpAddress stays empty, issue 8); the instance cannot be deleted while bound (400 DependencyViolation.Eip)', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const primaryEni = await lab.primaryEniId(instance);
    const [secondaryIp] = await lab.assignIps(primaryEni, 1);
    const { primary } = await lab.privateIps(primaryEni);
    const eip = await lab.eip();
    // InstanceType defaults to EcsInstance.
    const item = await lab.bind(eip, instance, { instanceType: undefined });
    assert.equal(item.instanceId, instance);
    assert.equal(item.instanceType, 'EcsInstance');
    assert.equal(item.instanceRegionId, lab.regionId);
    assert.equal(item.mode, 'NAT');
    assert.equal(item.privateIpAddress, '', 'Alibaba shows no PrivateIpAddress for an ECS binding');
    assert.equal(item.vpcId, '', 'VpcId only for InstanceType=IpAddress');

    const view = await lab.instanceView(instance);
    assert.equal(view.eipAddress.allocationId, eip);
    assert.equal(view.eipAddress.ipAddress, item.ipAddress);
    assert.deepEqual(view.vpcAttributes.privateIpAddress.ipAddress[0], primary);
    const eni = await lab.eniView(primaryEni);
    assert.equal(eni.associatedPublicIp.publicIpAddress, item.ipAddress);
    assert.equal(eni.associatedPublicIp.allocationId, eip);
    assert.deepEqual(await lab.eipsByPrivateIp(primaryEni), { [primary]: item.ipAddress, [secondaryIp]: '' });

    await lab.ecs.stopInstance(new Ecs.StopInstanceRequest({ instanceId: instance }));
    const err = await expectError(lab.ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: instance, force: true })), { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(eip));
    await lab.unbind(eip);
    assert.equal((await lab.instanceView(instance)).eipAddress.allocationId, '');
    assert.equal((await lab.eniView(primaryEni)).associatedPublicIp?.publicIpAddress ?? '', '');
    await lab.ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: instance, force: true }));
    const after = await lab.eipView(eip);
    assert.equal(after.status, 'Available');
    assert.equal(after.instanceId, '');
  });

  it('R-ECS-6: changing an instance\'s EIP is unassociate then associate; the instance is free as soon as the unassociate call returns', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const [oldEip, newEip] = await lab.eips(2);
    await lab.bind(oldEip, instance);
    await expectError(lab.associate(newEip, instance), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await lab.unassociate(oldEip);
    await lab.associate(newEip, instance);
    await lab.waitEip(oldEip, 'Available');
    const bound = await lab.waitEip(newEip, 'InUse');
    assert.equal(bound.instanceId, instance);
    const view = await lab.instanceView(instance);
    assert.equal(view.eipAddress.allocationId, newEip);
    assert.equal(view.eipAddress.ipAddress, bound.ipAddress);
    assert.deepEqual((await lab.eipsOn(instance)).map((e) => e.allocationId), [newEip]);
  });

  it('R-ECS-7: the ECS binding and an ENI binding (NAT mode) on the primary ENI\'s primary IP exclude each other, either way round: 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx);
    const [a, b] = await lab.launch({ amount: 2 });
    const [eniOfA, eniOfB] = [await lab.primaryEniId(a), await lab.primaryEniId(b)];
    const [e1, e2, e3, e4] = await lab.eips(4);

    // ECS first, then the ENI on the same IP (explicitly, and by default).
    await lab.bind(e1, a);
    const primaryOfA = (await lab.privateIps(eniOfA)).primary;
    await expectError(lab.associate(e2, eniOfA, { instanceType: 'NetworkInterface', mode: 'NAT', privateIpAddress: primaryOfA }), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await expectError(lab.associate(e2, eniOfA, { instanceType: 'NetworkInterface' }), { code: 'InvalidAssociation.Duplicated', status: 400 });
    // A secondary IP of the same primary ENI is free.
    const [secondaryOfA] = await lab.assignIps(eniOfA, 1);
    await lab.bind(e2, eniOfA, { instanceType: 'NetworkInterface', privateIpAddress: secondaryOfA });

    // ENI first, then ECS.
    await lab.bind(e3, eniOfB, { instanceType: 'NetworkInterface', mode: 'NAT' });
    await expectError(lab.associate(e4, b), { code: 'InvalidAssociation.Duplicated', status: 400 });
    assert.equal(await lab.eipStatus(e4), 'Available');
    await lab.unbind(e3);
    await lab.bind(e4, b);
  });
});
