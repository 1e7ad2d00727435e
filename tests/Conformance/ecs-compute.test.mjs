// Security groups, instances and ENIs through the official ECS SDK, binding to VPC resources made with
// the VPC SDK (issue 3, part 2). Transitions are short here and are awaited by polling Describe, as
// Terraform does: a bounded wait on an observable condition, never a fixed sleep.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { useServer, expectError, OpenApi, Vpc, REGION } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const ctx = useServer({
  env: {
    // Long enough that the transitional states are observed even on a loaded CI machine.
    OpenEip__Compute__PendingSeconds: '0.5',
    OpenEip__Compute__StartingSeconds: '1',
    OpenEip__Compute__StoppingSeconds: '1',
    OpenEip__Compute__EniAttachSeconds: '1',
  },
});

function ecsClient(acct) {
  return new Ecs.default(new OpenApi.$OpenApiUtil.Config({
    accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret,
    endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION,
  }));
}

async function until(what, read, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await delay(50);
  }
}

async function lab() {
  const acct = await ctx.harness.createAccount();
  const ecs = ecsClient(acct);
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;
  const securityGroupId = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId, securityGroupName: 'web' }))).body.securityGroupId;
  return { acct, ecs, vpcId, vSwitchId, securityGroupId };
}

async function status(ecs, instanceId) {
  const { body } = await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }));
  return body.instances.instance[0];
}

describe('ECS inventory', () => {
  it('DescribeInstances, DescribeNetworkInterfaces and DescribeSecurityGroups page by NextToken when MaxResults or NextToken is given, as Alibaba documents', async () => {
    const { ecs, vpcId, vSwitchId, securityGroupId } = await lab();
    for (let i = 0; i < 6; i++) await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId, securityGroupName: `sg${i}` }));
    const { body: run } = await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId, securityGroupId, amount: 5 }));
    const instanceIds = run.instanceIdSets.instanceIdSet;

    // Every page by token, each id once, an empty NextToken on the last page.
    async function byToken(call, items) {
      const seen = [];
      let nextToken;
      for (let pages = 0; pages < 10; pages++) {
        const { body } = await call(nextToken);
        seen.push(...items(body));
        nextToken = body.nextToken;
        if (!nextToken) return { seen, pages: pages + 1 };
      }
      assert.fail('token paging never ended');
    }
    const groups = await byToken((nextToken) => ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, vpcId, maxResults: 3, nextToken })),
      (b) => b.securityGroups.securityGroup.map((g) => g.securityGroupId));
    assert.equal(groups.pages, 3);
    assert.equal(new Set(groups.seen).size, 7);
    const instances = await byToken((nextToken) => ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, vpcId, maxResults: 2, nextToken })),
      (b) => b.instances.instance.map((i) => i.instanceId));
    assert.deepEqual([...instances.seen].sort(), [...instanceIds].sort());
    assert.equal(instances.pages, 3);
    const enis = await byToken((nextToken) => ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, vpcId, maxResults: 4, nextToken })),
      (b) => b.networkInterfaceSets.networkInterfaceSet.map((n) => n.networkInterfaceId));
    assert.equal(new Set(enis.seen).size, 5, 'one primary ENI per instance, each once');

    // Page numbers still page as before, with an empty NextToken; a made-up token is refused.
    const { body: second } = await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, vpcId, pageSize: 2, pageNumber: 3 }));
    assert.equal(second.instances.instance.length, 1);
    assert.equal(second.nextToken, '');
    await expectError(ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, maxResults: 2, nextToken: 'abc' })), { code: 'InvalidParameter', status: 400 });
  });

  it('security group rules: authorize, show, revoke', async () => {
    const { ecs, securityGroupId } = await lab();
    await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
      regionId: REGION, securityGroupId,
      permissions: [new Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'tcp', portRange: '443/443', sourceCidrIp: '0.0.0.0/0', policy: 'accept', priority: '1' })],
    }));
    const { body } = await ecs.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId }));
    assert.equal(body.permissions.permission.length, 1);
    assert.equal(body.permissions.permission[0].portRange, '443/443');
    assert.equal(body.permissions.permission[0].sourceCidrIp, '0.0.0.0/0');
    await expectError(ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
      regionId: REGION, securityGroupId,
      permissions: [new Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'tcp', portRange: '0/99999', sourceCidrIp: '0.0.0.0/0' })],
    })), { code: 'InvalidParameter', status: 400 });
    await ecs.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({
      regionId: REGION, securityGroupId,
      permissions: [new Ecs.RevokeSecurityGroupRequestPermissions({ ipProtocol: 'tcp', portRange: '443/443', sourceCidrIp: '0.0.0.0/0', policy: 'accept', priority: '1' })],
    }));
    const after = await ecs.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId }));
    assert.deepEqual(after.body.permissions.permission, []);
  });

  it('R-ECS-3 RunInstances: Pending/Starting, then Running; Stop goes through Stopping to Stopped; primary ENI holds a vSwitch IP', async () => {
    const { ecs, vSwitchId, securityGroupId } = await lab();
    const { body } = await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId, securityGroupId, amount: 2 }));
    const [id] = body.instanceIdSets.instanceIdSet;
    assert.equal(body.instanceIdSets.instanceIdSet.length, 2);
    assert.match(id, /^i-[a-z0-9]{20}$/);
    const first = await status(ecs, id);
    assert.ok(['Pending', 'Starting'].includes(first.status), first.status);
    await expectError(ecs.stopInstance(new Ecs.StopInstanceRequest({ instanceId: id })), { code: 'IncorrectInstanceStatus', status: 400 });
    const running = await until('instance', () => status(ecs, id), (i) => i.status === 'Running');
    assert.equal(running.instanceNetworkType, 'vpc');
    assert.equal(running.vpcAttributes.vSwitchId, vSwitchId);
    assert.match(running.vpcAttributes.privateIpAddress.ipAddress[0], /^10\.0\.1\./);
    assert.deepEqual(running.securityGroupIds.securityGroupId, [securityGroupId]);
    assert.equal(running.networkInterfaces.networkInterface[0].type, 'Primary');
    await ecs.stopInstance(new Ecs.StopInstanceRequest({ instanceId: id }));
    assert.equal((await status(ecs, id)).status, 'Stopping');
    await until('instance', () => status(ecs, id), (i) => i.status === 'Stopped');
    await ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: id }));
    await expectError(ecs.startInstance(new Ecs.StartInstanceRequest({ instanceId: id })), { code: 'InvalidInstanceId.NotFound', status: 404 });
  });

  it('R-ENI-4 secondary ENIs: asynchronous attach and detach, at most EniQuantity-1 per instance, private IPs per ENI limited', async () => {
    const { ecs, vSwitchId, securityGroupId } = await lab();
    const { body } = await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId, securityGroupId }));
    const instanceId = body.instanceIdSets.instanceIdSet[0];
    await until('instance', () => status(ecs, instanceId), (i) => i.status === 'Running');
    const eniIds = [];
    for (let i = 0; i < 3; i++) {
      const created = await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId, securityGroupId, secondaryPrivateIpAddressCount: 1 }));
      assert.match(created.body.networkInterfaceId, /^eni-/);
      assert.equal(created.body.privateIpSets.privateIpSet.length, 2);
      eniIds.push(created.body.networkInterfaceId);
    }
    const eniStatus = async (id) => (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [id] }))).body.networkInterfaceSets.networkInterfaceSet[0];
    await ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[0], instanceId }));
    assert.equal((await eniStatus(eniIds[0])).status, 'Attaching');
    await ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[1], instanceId }));
    await expectError(ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[2], instanceId })),
      { code: 'InvalidOperation.EniCountExceeded', status: 400 });
    const inUse = await until('eni', () => eniStatus(eniIds[0]), (e) => e.status === 'InUse');
    assert.equal(inUse.instanceId, instanceId);
    const assigned = await ecs.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: eniIds[0], secondaryPrivateIpAddressCount: 4 }));
    assert.equal(assigned.body.assignedPrivateIpAddressesSet.privateIpSet.privateIpAddress.length, 4);
    await expectError(ecs.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: eniIds[0], secondaryPrivateIpAddressCount: 1 })),
      { code: 'InvalidOperation.Ipv4CountExceeded', status: 400 });
    await expectError(ecs.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[0] })),
      { code: 'InvalidStatus.EniStatusNotSupport', status: 400 });
    await ecs.detachNetworkInterface(new Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[0], instanceId }));
    await until('eni', () => eniStatus(eniIds[0]), (e) => e.status === 'Available');
    await ecs.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eniIds[0] }));
  });

  it('deleting a vSwitch or security group still in use is refused, naming what uses it', async () => {
    const { acct, ecs, vSwitchId, securityGroupId } = await lab();
    const { body } = await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId, securityGroupId }));
    const eniId = body.networkInterfaceId;
    const vswErr = await expectError(acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId })), { code: 'DependencyViolation.VSwitch', status: 400 });
    assert.match(vswErr.data.Message, new RegExp(eniId));
    const sgErr = await expectError(ecs.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId })), { code: 'DependencyViolation', status: 400 });
    assert.match(sgErr.data.Message, new RegExp(eniId));
  });

  it('R-ECS-4 AllocatePublicIpAddress gives a pool address once; unknown instance types and ids are clear errors', async () => {
    const { ecs, vSwitchId, securityGroupId } = await lab();
    await expectError(ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.nope.large', vSwitchId, securityGroupId })),
      { code: 'InvalidInstanceType.ValueNotSupported', status: 400 });
    const { body } = await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.c7.large', vSwitchId, securityGroupId }));
    const instanceId = body.instanceIdSets.instanceIdSet[0];
    await until('instance', () => status(ecs, instanceId), (i) => i.status === 'Running');
    const ip = (await ecs.allocatePublicIpAddress(new Ecs.AllocatePublicIpAddressRequest({ instanceId }))).body.ipAddress;
    assert.match(ip, /^198\.18\./);
    assert.deepEqual((await status(ecs, instanceId)).publicIpAddress.ipAddress, [ip]);
    await expectError(ecs.allocatePublicIpAddress(new Ecs.AllocatePublicIpAddressRequest({ instanceId })), { code: 'InvalidOperation.PublicIpAllocated', status: 400 });
    await expectError(ecs.startInstance(new Ecs.StartInstanceRequest({ instanceId: 'i-doesnotexist000000000' })), { code: 'InvalidInstanceId.NotFound', status: 404 });
  });
});
