// Resource groups: Resource Manager (2020-03-31) through its official SDK, the default group every account
// has, ResourceGroupId on every create action, VPC MoveResourceGroup and ECS JoinResourceGroup through
// their SDKs, and the operator's DescribeResourceGroups / CreateResourceGroup.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it, before } from 'node:test';
import { useServer, OpenApi, Vpc, REGION, SECONDS_TIME_RE, OPERATOR_VERSION, popClient, expectError } from './lib/harness.mjs';
import { Lab, Ecs, Alb, FAST_COMPUTE, albClient } from './lib/lab.mjs';

const require = createRequire(import.meta.url);
const Rm = require('@alicloud/resourcemanager20200331');

const RG_ID_RE = /^rg-[a-z0-9]{15}$/;
const ctx = useServer({ env: FAST_COMPUTE });

/** The Resource Manager SDK client; its requests carry no RegionId (the service is global). */
function rmClient(acct) {
  return new Rm.default(new OpenApi.$OpenApiUtil.Config({
    accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret,
    endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION,
  }));
}

async function listGroups(acct, fields = {}) {
  return (await rmClient(acct).listResourceGroups(new Rm.ListResourceGroupsRequest(fields))).body;
}

async function defaultGroupOf(acct) {
  const body = await listGroups(acct, { name: 'default' });
  const group = body.resourceGroups.resourceGroup.find((g) => g.name === 'default');
  assert.ok(group, `a default group is listed: ${JSON.stringify(body)}`);
  return group.id;
}

let groupCounter = 0;
async function newGroup(acct, name = `team-${++groupCounter}`) {
  const { body } = await rmClient(acct).createResourceGroup(new Rm.CreateResourceGroupRequest({ name, displayName: `Team ${name}` }));
  return body.resourceGroup.id;
}

async function move(acct, resourceId, resourceType, newResourceGroupId) {
  return (await acct.vpc.moveResourceGroup(new Vpc.MoveResourceGroupRequest({ regionId: REGION, resourceId, resourceType, newResourceGroupId }))).body;
}

async function join(lab, resourceId, resourceType, resourceGroupId) {
  return (await lab.ecs.joinResourceGroup(new Ecs.JoinResourceGroupRequest({ regionId: REGION, resourceId, resourceType, resourceGroupId }))).body;
}

async function vpcGroup(acct, vpcId) {
  const { body } = await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }));
  assert.equal(body.vpcs.vpc.length, 1);
  return body.vpcs.vpc[0].resourceGroupId;
}

async function securityGroupGroup(lab, securityGroupId) {
  const { body } = await lab.ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, securityGroupIds: JSON.stringify([securityGroupId]) }));
  const found = body.securityGroups.securityGroup.find((g) => g.securityGroupId === securityGroupId);
  assert.ok(found, `security group ${securityGroupId} is listed`);
  return found.resourceGroupId;
}

describe('resource groups', () => {
  let lab;
  let acct;
  let defaultId;

  before(async () => {
    lab = await Lab.create(ctx, { havip: true });
    acct = lab.acct;
    defaultId = await defaultGroupOf(acct);
  });

  it('every account has a default group: Name default, DisplayName "Default Resource Group", Status OK (Resource Manager SDK)', async () => {
    const body = await listGroups(acct);
    assert.equal(typeof body.requestId, 'string');
    assert.equal(body.pageNumber, 1);
    assert.equal(body.pageSize, 10);
    assert.ok(body.totalCount >= 1);
    const group = body.resourceGroups.resourceGroup[0];
    assert.match(group.id, RG_ID_RE);
    assert.equal(group.id, defaultId);
    assert.equal(group.name, 'default');
    assert.equal(group.displayName, 'Default Resource Group');
    assert.equal(group.status, 'OK');
    assert.equal(group.accountId, acct.accountId);
    assert.match(group.createDate, SECONDS_TIME_RE);

    const got = (await rmClient(acct).getResourceGroup(new Rm.GetResourceGroupRequest({ resourceGroupId: defaultId }))).body.resourceGroup;
    assert.equal(got.id, defaultId);
    assert.equal(got.status, 'OK');
    assert.ok(got.regionStatuses.regionStatus.some((r) => r.regionId === REGION && r.status === 'OK'), JSON.stringify(got.regionStatuses));
  });

  it('an unspecified ResourceGroupId means the default group, shown by every Describe', async () => {
    const allocated = await acct.allocate();
    assert.equal(allocated.resourceGroupId, defaultId);
    assert.equal((await acct.describeOne(allocated.allocationId)).resourceGroupId, defaultId);
    assert.equal(await vpcGroup(acct, lab.vpcId), defaultId);
    assert.equal(await securityGroupGroup(lab, lab.securityGroupId), defaultId);
    const instanceId = await lab.instance();
    assert.equal((await lab.instanceView(instanceId)).resourceGroupId, defaultId);
    assert.equal((await lab.eniView(await lab.eni())).resourceGroupId, defaultId);
    assert.equal((await lab.haVipView(await lab.haVip())).resourceGroupId, defaultId);
    assert.equal((await lab.natView(await lab.nat())).resourceGroupId, defaultId);
    const clb = await lab.clb();
    assert.equal(clb.ResourceGroupId, defaultId);
  });

  it('CreateResourceGroup: the new group is listed and usable; Name rules and uniqueness are enforced', async () => {
    const rm = rmClient(acct);
    const { body } = await rm.createResourceGroup(new Rm.CreateResourceGroupRequest({
      name: 'project-x', displayName: 'Project X', tag: [new Rm.CreateResourceGroupRequestTag({ key: 'env', value: 'test' })],
    }));
    const created = body.resourceGroup;
    assert.match(created.id, RG_ID_RE);
    assert.equal(created.name, 'project-x');
    assert.equal(created.displayName, 'Project X');
    assert.equal(created.status, 'OK');
    assert.equal(created.accountId, acct.accountId);
    assert.ok(Array.isArray(created.regionStatuses.regionStatus));

    const listed = await listGroups(acct, { resourceGroupIds: [created.id], includeTags: true });
    assert.equal(listed.totalCount, 1);
    assert.deepEqual(listed.resourceGroups.resourceGroup[0].tags.tag.map((t) => [t.tagKey, t.tagValue]), [['env', 'test']]);
    const byTag = await listGroups(acct, { tag: [new Rm.ListResourceGroupsRequestTag({ key: 'env', value: 'test' })] });
    assert.deepEqual(byTag.resourceGroups.resourceGroup.map((g) => g.id), [created.id]);

    await expectError(rm.createResourceGroup(new Rm.CreateResourceGroupRequest({ name: 'project-x', displayName: 'again' })), { code: 'EntityAlreadyExists.ResourceGroup', status: 400 });
    await expectError(rm.createResourceGroup(new Rm.CreateResourceGroupRequest({ name: '9lives', displayName: 'x' })), { code: 'InvalidParameter.Name.InvalidChars', status: 400 });
    await expectError(rm.createResourceGroup(new Rm.CreateResourceGroupRequest({ name: 'x'.repeat(51), displayName: 'x' })), { code: 'InvalidParameter.Name.Length', status: 400 });
    await expectError(rm.createResourceGroup(new Rm.CreateResourceGroupRequest({ name: 'no-display' })), { code: 'MissingParameter.DisplayName', status: 400 });
    await expectError(rm.getResourceGroup(new Rm.GetResourceGroupRequest({ resourceGroupId: 'rg-000000000000000' })), { code: 'EntityNotExists.ResourceGroup', status: 404 });
  });

  it('a group named on create holds the resource; the Describe filters find it by group', async () => {
    const group = await newGroup(acct);
    const allocated = await acct.allocate({ resourceGroupId: group });
    assert.equal(allocated.resourceGroupId, group);
    const pro = await acct.allocatePro({ resourceGroupId: group });
    const inGroup = await acct.describe({ resourceGroupId: group });
    assert.deepEqual(inGroup.eipAddresses.eipAddress.map((e) => e.allocationId).sort(), [allocated.allocationId, pro.allocationId].sort());

    const vpcId = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '192.168.0.0/16', resourceGroupId: group }))).body.vpcId;
    const vpcs = (await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, resourceGroupId: group }))).body;
    assert.deepEqual(vpcs.vpcs.vpc.map((v) => v.vpcId), [vpcId]);

    const sg = (await lab.ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: lab.vpcId, resourceGroupId: group }))).body.securityGroupId;
    const groups = (await lab.ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, resourceGroupId: group }))).body;
    assert.deepEqual(groups.securityGroups.securityGroup.map((g) => g.securityGroupId), [sg]);

    const run = (await lab.ecs.runInstances(new Ecs.RunInstancesRequest({
      regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, resourceGroupId: group,
    }))).body.instanceIdSets.instanceIdSet[0];
    const instances = (await lab.ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, resourceGroupId: group }))).body;
    assert.deepEqual(instances.instances.instance.map((i) => i.instanceId), [run]);
    assert.equal(instances.instances.instance[0].resourceGroupId, group);

    const eni = (await lab.ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({
      regionId: REGION, vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, resourceGroupId: group,
    }))).body.networkInterfaceId;
    assert.equal((await lab.eniView(eni)).resourceGroupId, group);
    const enis = (await lab.ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, resourceGroupId: group }))).body;
    // The instance's primary ENI is in the instance's group.
    assert.deepEqual(enis.networkInterfaceSets.networkInterfaceSet.map((n) => n.networkInterfaceId).sort(), [eni, await lab.primaryEniId(run)].sort());
    const nat = (await acct.pop.request('CreateNatGateway', { RegionId: REGION, VpcId: lab.vpcId, VSwitchId: lab.vSwitchId, ResourceGroupId: group }, { method: 'POST' })).NatGatewayId;
    const nats = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, resourceGroupId: group }))).body;
    assert.deepEqual(nats.natGateways.natGateway.map((g) => g.natGatewayId), [nat]);
    const clb = (await lab.slb.request('CreateLoadBalancer', {
      RegionId: REGION, AddressType: 'intranet', VpcId: lab.vpcId, VSwitchId: lab.vSwitchId, ResourceGroupId: group,
    }, { method: 'POST' })).LoadBalancerId;
    const clbs = await lab.slb.request('DescribeLoadBalancers', { RegionId: REGION, ResourceGroupId: group });
    assert.deepEqual(clbs.LoadBalancers.LoadBalancer.map((l) => l.LoadBalancerId), [clb]);

    const haVip = (await acct.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId: lab.vSwitchId, resourceGroupId: group }))).body.haVipId;
    assert.equal((await lab.haVipView(haVip)).resourceGroupId, group);

    const alb = await albClient(ctx.server, acct.cred).createLoadBalancer(new Alb.CreateLoadBalancerRequest({
      vpcId: lab.vpcId, addressType: 'Intranet', loadBalancerEdition: 'Standard', resourceGroupId: group,
      loadBalancerBillingConfig: new Alb.CreateLoadBalancerRequestLoadBalancerBillingConfig({ payType: 'PostPay' }),
      zoneMappings: (await lab.zoneMappings()).map((z) => new Alb.CreateLoadBalancerRequestZoneMappings(z)),
    }));
    const albView = await albClient(ctx.server, acct.cred).getLoadBalancerAttribute(new Alb.GetLoadBalancerAttributeRequest({ loadBalancerId: alb.body.loadBalancerId }));
    assert.equal(albView.body.resourceGroupId, group);
  });

  it('an unknown group, or another account\'s, is refused with 400 InvalidResourceGroupId by every create action', async () => {
    const other = await ctx.harness.createAccount();
    const foreign = await defaultGroupOf(other);
    const zones = await lab.zoneMappings();
    for (const resourceGroupId of ['rg-doesnotexist000', foreign]) {
      const refused = { code: 'InvalidResourceGroupId', status: 400 };
      const err = await expectError(acct.allocate({ resourceGroupId }), refused);
      assert.equal(err.data?.Message ?? err.message.replace(/^.*?: /, ''), 'The specified ResourceGroupId does not exist.');
      await expectError(acct.allocatePro({ resourceGroupId }), refused);
      await expectError(acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, resourceGroupId })), refused);
      await expectError(acct.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId: lab.vSwitchId, resourceGroupId })), refused);
      // The VPC SDK's CreateNatGatewayRequest has no ResourceGroupId; raw clients may send it.
      await expectError(acct.pop.request('CreateNatGateway', { RegionId: REGION, VpcId: lab.vpcId, VSwitchId: lab.vSwitchId, ResourceGroupId: resourceGroupId }, { method: 'POST' }), refused);
      await expectError(lab.ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: lab.vpcId, resourceGroupId })), refused);
      await expectError(lab.ecs.runInstances(new Ecs.RunInstancesRequest({
        regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, resourceGroupId,
      })), refused);
      await expectError(lab.ecs.createInstance(new Ecs.CreateInstanceRequest({
        regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, resourceGroupId,
      })), refused);
      await expectError(lab.ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({
        regionId: REGION, vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId, resourceGroupId,
      })), refused);
      await expectError(lab.slb.request('CreateLoadBalancer', {
        RegionId: REGION, AddressType: 'intranet', VpcId: lab.vpcId, VSwitchId: lab.vSwitchId, ResourceGroupId: resourceGroupId,
      }, { method: 'POST' }), refused);
      await expectError(albClient(ctx.server, acct.cred).createLoadBalancer(new Alb.CreateLoadBalancerRequest({
        vpcId: lab.vpcId, addressType: 'Intranet', loadBalancerEdition: 'Standard', resourceGroupId,
        loadBalancerBillingConfig: new Alb.CreateLoadBalancerRequestLoadBalancerBillingConfig({ payType: 'PostPay' }),
        zoneMappings: zones.map((z) => new Alb.CreateLoadBalancerRequestZoneMappings(z)),
      })), refused);
      const nlb = { RegionId: REGION, AddressType: 'Intranet', VpcId: lab.vpcId, LoadBalancerType: 'Network', ResourceGroupId: resourceGroupId };
      zones.forEach((z, i) => { nlb[`ZoneMappings.${i + 1}.ZoneId`] = z.zoneId; nlb[`ZoneMappings.${i + 1}.VSwitchId`] = z.vSwitchId; });
      await expectError(lab.nlb.request('CreateLoadBalancer', nlb, { method: 'POST' }), refused);
      // DescribeEipAddresses answers the documented InvalidResourceGroupId for a filter on a group that does not exist.
      await expectError(acct.describe({ resourceGroupId }), refused);
    }
  });

  it('MoveResourceGroup (VPC SDK): EIP, VPC and HaVip move, Describe shows the new group at once; ResourceType in any case', async () => {
    const target = await newGroup(acct);
    const eip = (await acct.allocate()).allocationId;
    assert.equal(typeof (await move(acct, eip, 'EIP', target)).requestId, 'string');
    assert.equal((await acct.describeOne(eip)).resourceGroupId, target);
    await move(acct, eip, 'eip', defaultId);
    assert.equal((await acct.describeOne(eip)).resourceGroupId, defaultId);
    await move(acct, eip, 'Eip', target);
    assert.equal((await acct.describeOne(eip)).resourceGroupId, target);

    await move(acct, lab.vpcId, 'VPC', target);
    assert.equal(await vpcGroup(acct, lab.vpcId), target);
    await move(acct, lab.vpcId, 'vpc', defaultId);
    assert.equal(await vpcGroup(acct, lab.vpcId), defaultId);

    const haVip = await lab.haVip();
    await move(acct, haVip, 'HAVIP', target);
    assert.equal((await lab.haVipView(haVip)).resourceGroupId, target);
  });

  it('MoveResourceGroup refuses unknown resources, groups and resource types', async () => {
    const target = await newGroup(acct);
    const eip = (await acct.allocate()).allocationId;
    await expectError(move(acct, 'eip-doesnotexist00000000', 'EIP', target), { code: 'InvalidAllocationId.NotFound', status: 404 });
    await expectError(move(acct, 'vpc-doesnotexist00000000', 'Vpc', target), { code: 'InvalidVpcId.NotFound', status: 404 });
    await expectError(move(acct, 'havip-doesnotexist000000', 'HaVip', target), { code: 'InvalidHaVipId.NotFound', status: 404 });
    await expectError(move(acct, eip, 'EIP', 'rg-doesnotexist000'), { code: 'InvalidResourceGroupId', status: 400 });
    await expectError(move(acct, eip, 'BandwidthPackage', target), { code: 'OperationUnsupported.ResourceType', status: 400 });
    await expectError(move(acct, eip, 'NatGateway', target), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describeOne(eip)).resourceGroupId, defaultId, 'a refused move changes nothing');

    const other = await ctx.harness.createAccount();
    await expectError(move(acct, eip, 'EIP', await defaultGroupOf(other)), { code: 'InvalidResourceGroupId', status: 400 });
    await expectError(move(other, eip, 'EIP', await defaultGroupOf(other)), { code: 'InvalidAllocationId.NotFound', status: 404 });
  });

  it('JoinResourceGroup (ECS SDK): instances, security groups and ENIs; ResourceType is case-sensitive', async () => {
    const target = await newGroup(acct);
    const instanceId = await lab.instance();
    await join(lab, instanceId, 'instance', target);
    assert.equal((await lab.instanceView(instanceId)).resourceGroupId, target);
    await join(lab, lab.securityGroupId, 'securitygroup', target);
    assert.equal(await securityGroupGroup(lab, lab.securityGroupId), target);
    const eni = await lab.eni();
    await join(lab, eni, 'eni', target);
    assert.equal((await lab.eniView(eni)).resourceGroupId, target);
    await join(lab, lab.securityGroupId, 'securitygroup', defaultId);

    await expectError(join(lab, instanceId, 'Instance', target), { code: 'InvalidParameter', status: 400 });
    await expectError(join(lab, instanceId, 'disk', target), { code: 'OperationUnsupported.ResourceType', status: 400 });
    await expectError(join(lab, 'i-doesnotexist0000000000', 'instance', target), { code: 'InvalidInstanceId.NotFound', status: 404 });
    await expectError(join(lab, 'sg-doesnotexist000000000', 'securitygroup', target), { code: 'InvalidSecurityGroupId.NotFound', status: 404 });
    await expectError(join(lab, 'eni-doesnotexist00000000', 'eni', target), { code: 'InvalidEniId.NotFound', status: 404 });
    await expectError(join(lab, instanceId, 'instance', 'rg-doesnotexist000'), { code: 'InvalidResourceGroupId', status: 400 });
  });

  it('DeleteResourceGroup: not the default group, not while it holds resources; then gone', async () => {
    const rm = rmClient(acct);
    await expectError(rm.deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: defaultId })), { code: 'DeleteConflict.ResourceGroup.Default', status: 400 });
    const group = await newGroup(acct);
    const eip = (await acct.allocate({ resourceGroupId: group })).allocationId;
    const conflict = await expectError(rm.deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: group })), { code: 'DeleteConflict.ResourceGroup.Resource', status: 409 });
    assert.match(conflict.message, new RegExp(eip));
    await move(acct, eip, 'EIP', defaultId);
    const deleted = (await rm.deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: group }))).body.resourceGroup;
    assert.equal(deleted.id, group);
    assert.equal(deleted.status, 'PendingDelete');
    await expectError(rm.getResourceGroup(new Rm.GetResourceGroupRequest({ resourceGroupId: group })), { code: 'EntityNotExists.ResourceGroup' });
    await expectError(rm.deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: group })), { code: 'EntityNotExists.ResourceGroup' });
    await expectError(acct.allocate({ resourceGroupId: group }), { code: 'InvalidResourceGroupId', status: 400 });
    await expectError(move(acct, eip, 'EIP', group), { code: 'InvalidResourceGroupId', status: 400 });
  });

  it('a released EIP holds no group: its group can be deleted', async () => {
    const rm = rmClient(acct);
    const group = await newGroup(acct);
    const eip = (await acct.allocate({ resourceGroupId: group })).allocationId;
    await acct.release(eip);
    await rm.deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: group }));
  });

  it('another account never sees the caller\'s groups', async () => {
    const group = await newGroup(acct);
    const other = await ctx.harness.createAccount();
    const listed = await listGroups(other);
    assert.deepEqual(listed.resourceGroups.resourceGroup.map((g) => g.name), ['default']);
    await expectError(rmClient(other).getResourceGroup(new Rm.GetResourceGroupRequest({ resourceGroupId: group })), { code: 'EntityNotExists.ResourceGroup' });
    await expectError(rmClient(other).deleteResourceGroup(new Rm.DeleteResourceGroupRequest({ resourceGroupId: group })), { code: 'EntityNotExists.ResourceGroup' });
  });
});

describe('resource groups: operator API', () => {
  it('DescribeResourceGroups lists each account\'s default group (the operator\'s too); CreateResourceGroup makes one for any account', async () => {
    const acct = await ctx.harness.createAccount();
    const ops = ctx.harness.operator;
    const own = await ops.request('DescribeResourceGroups', { AccountId: acct.accountId });
    assert.equal(own.TotalCount, 1);
    const [dflt] = own.ResourceGroups.ResourceGroup;
    assert.equal(dflt.AccountId, acct.accountId);
    assert.equal(dflt.Name, 'default');
    assert.equal(dflt.DisplayName, 'Default Resource Group');
    assert.equal(dflt.IsDefault, true);
    assert.equal(dflt.Status, 'OK');
    assert.match(dflt.Id, RG_ID_RE);
    assert.match(dflt.CreateDate, SECONDS_TIME_RE);

    const accounts = await ops.request('DescribeAccounts', {});
    const operatorId = accounts.Accounts.Account.find((a) => a.IsOperator).AccountId;
    const all = await ops.request('DescribeResourceGroups', {});
    assert.ok(all.ResourceGroups.ResourceGroup.some((g) => g.AccountId === operatorId && g.IsDefault), 'the operator has a default group');

    const created = await ops.request('CreateResourceGroup', { AccountId: acct.accountId, Name: 'ops-made', DisplayName: 'Made by ops' }, { method: 'POST' });
    assert.equal(created.ResourceGroup.AccountId, acct.accountId);
    assert.equal(created.ResourceGroup.IsDefault, false);
    const seen = await listGroups(acct, { name: 'ops-made' });
    assert.deepEqual(seen.resourceGroups.resourceGroup.map((g) => g.id), [created.ResourceGroup.Id]);
    assert.equal((await acct.allocate({ resourceGroupId: created.ResourceGroup.Id })).resourceGroupId, created.ResourceGroup.Id);

    await expectError(ops.request('CreateResourceGroup', { AccountId: '1999999999999999', Name: 'x1', DisplayName: 'x' }, { method: 'POST' }), { code: 'InvalidAccountId.NotFound' });
    await expectError(ops.request('CreateResourceGroup', { AccountId: acct.accountId, Name: 'ops-made', DisplayName: 'x' }, { method: 'POST' }), { code: 'EntityAlreadyExists.ResourceGroup' });
    const tenantOps = popClient(ctx.server, acct.cred, { apiVersion: OPERATOR_VERSION });
    await expectError(tenantOps.request('DescribeResourceGroups', {}), { code: 'Forbidden.NotOperator', status: 403 });
  });

  it('resource-group-per-account limits the groups an account creates besides its default one', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'resource-group-per-account', 1);
    await newGroup(acct);
    await expectError(rmClient(acct).createResourceGroup(new Rm.CreateResourceGroupRequest({ name: 'one-too-many', displayName: 'x' })), { code: 'LimitExceeded.ResourceGroup', status: 400 });
  });
});
