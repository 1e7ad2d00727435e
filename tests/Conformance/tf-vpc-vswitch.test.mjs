// What Terraform's alicloud_vpc and alicloud_vswitch do against OpenEip (the reads the NAT, HaVip and
// ENI resources depend on): DescribeVpcAttribute and DescribeVSwitchAttributes with the ids in the URL
// query, "not found" as a 200 with an empty id, DescribeRouteTableList's System table, tags of type VPC
// and VSWITCH, ModifyVpcAttribute / ModifyVSwitchAttribute; each also through the official SDK.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc, REGION, SECONDS_TIME_RE } from './lib/harness.mjs';
import {
  VPC, rpcPost, rpcPostExpectingError, tagParams, readVpc, readVSwitch, readSystemRouteTable, readTagResources,
} from './lib/terraform.mjs';

const ctx = useServer();

/** resourceAliCloudVpcVpcCreate: CreateVpc with a ClientToken and Tag.N in the body. */
async function tfCreateVpc(acct, fields = {}) {
  return rpcPost(acct, VPC, 'CreateVpc', { RegionId: REGION, ClientToken: `TF-CreateVpc-${Date.now()}-${Math.random()}`, ...fields });
}

/** DescribeVpcAttribute as VpcServiceV2 sends it: VpcId and RegionId in the query, an empty body. */
const tfVpcAttribute = (acct, vpcId) => rpcPost(acct, VPC, 'DescribeVpcAttribute', {}, { VpcId: vpcId, RegionId: REGION });
const tfVSwitchAttributes = (acct, vSwitchId) => rpcPost(acct, VPC, 'DescribeVSwitchAttributes', {}, { VSwitchId: vSwitchId, RegionId: REGION });
const tfRouteTables = (acct, vpcId) => rpcPost(acct, VPC, 'DescribeRouteTableList', {}, { VpcId: vpcId, RegionId: REGION });

describe('alicloud_vpc: create, read, update, delete, import', () => {
  it('CreateVpc with Tag.N, then DescribeVpcAttribute (ids in the query) reads Available with the tags, and DescribeRouteTableList finds the System table', async () => {
    const acct = await ctx.harness.createAccount();
    const created = await tfCreateVpc(acct, { CidrBlock: '10.0.0.0/16', VpcName: 'tf-vpc', Description: 'made by terraform', ...tagParams({ env: 'test', team: 'net' }) });

    const vpc = readVpc(await tfVpcAttribute(acct, created.VpcId));
    assert.ok(vpc, 'the new VPC is found');
    assert.equal(vpc.VpcId, created.VpcId);
    assert.equal(vpc.Status, 'Available');
    assert.equal(vpc.CidrBlock, '10.0.0.0/16');
    assert.equal(vpc.VpcName, 'tf-vpc');
    assert.equal(vpc.Description, 'made by terraform');
    assert.equal(vpc.RegionId, REGION);
    assert.equal(vpc.VRouterId, created.VRouterId);
    assert.equal(vpc.ResourceGroupId, created.ResourceGroupId);
    assert.equal(vpc.ClassicLinkEnabled, false);
    assert.equal(vpc.EnabledIpv6, false);
    assert.equal(vpc.Ipv6CidrBlock, '');
    assert.equal(vpc.DnsHostnameStatus, 'DISABLED');
    assert.match(vpc.CreationTime, SECONDS_TIME_RE);
    assert.equal(typeof vpc.OwnerId, 'number');
    assert.deepEqual(vpc.SecondaryCidrBlocks, { SecondaryCidrBlock: [] });
    assert.deepEqual(vpc.UserCidrs, { UserCidr: [] });
    assert.deepEqual(vpc.tags, { env: 'test', team: 'net' });

    const table = readSystemRouteTable(await tfRouteTables(acct, created.VpcId), created.VpcId);
    assert.ok(table, 'the VPC has a System route table (the provider fails its Update without one)');
    assert.equal(table.RouteTableId, created.RouteTableId);
    assert.equal(table.RouterId, created.VRouterId);
    assert.equal(table.RouterType, 'VRouter');
    assert.equal(table.ResourceGroupId, created.ResourceGroupId);
    assert.equal(table.Status, 'Available');
    assert.equal(table.RouteTableName, '');
    assert.equal(table.Description, '');
    assert.equal(table.RoutePropagationEnable, true);
    assert.deepEqual(table.GatewayIds, { GatewayIds: [] });
    assert.deepEqual(table.VSwitchIds, { VSwitchId: [] });
  });

  it('ModifyVpcAttribute changes VpcName and Description; tags change with TagResources/UnTagResources (ResourceType VPC)', async () => {
    const acct = await ctx.harness.createAccount();
    const { VpcId } = await tfCreateVpc(acct, { CidrBlock: '10.0.0.0/16', ...tagParams({ old: '1' }) });
    await rpcPost(acct, VPC, 'ModifyVpcAttribute', { VpcId, RegionId: REGION, VpcName: 'renamed', Description: 'new words' });
    await rpcPost(acct, VPC, 'UnTagResources', { RegionId: REGION, ResourceType: 'VPC', 'ResourceId.1': VpcId, 'TagKey.1': 'old' });
    await rpcPost(acct, VPC, 'TagResources', { RegionId: REGION, ResourceType: 'VPC', 'ResourceId.1': VpcId, ...tagParams({ new: '2' }) });

    const vpc = readVpc(await tfVpcAttribute(acct, VpcId));
    assert.equal(vpc.VpcName, 'renamed');
    assert.equal(vpc.Description, 'new words');
    assert.deepEqual(vpc.tags, { new: '2' });
    assert.deepEqual(readTagResources(await rpcPost(acct, VPC, 'ListTagResources', { RegionId: REGION, ResourceType: 'VPC', 'ResourceId.1': VpcId })), { new: '2' });

    // The primary block given unchanged passes; a new one is not supported.
    await rpcPost(acct, VPC, 'ModifyVpcAttribute', { VpcId, RegionId: REGION, CidrBlock: '10.0.0.0/16' });
    assert.equal((await rpcPostExpectingError(acct, VPC, 'ModifyVpcAttribute', { VpcId, RegionId: REGION, CidrBlock: '10.0.0.0/8' })).code, 'OperationUnsupported.CidrBlock');
    assert.equal((await rpcPostExpectingError(acct, VPC, 'ModifyVpcAttribute', { VpcId, RegionId: REGION, VpcName: 'http://x' })).code, 'InvalidParameter');
  });

  it('after DeleteVpc, DescribeVpcAttribute answers 200 with VpcId "" (the only not-found the provider recognises); so do another account\'s and unknown VPCs', async () => {
    const acct = await ctx.harness.createAccount();
    const { VpcId } = await tfCreateVpc(acct, { ...tagParams({ gone: 'soon' }) });
    const stranger = await ctx.harness.createAccount();
    for (const body of [await tfVpcAttribute(stranger, VpcId), await tfVpcAttribute(acct, 'vpc-doesnotexist0000000')]) {
      assert.equal(readVpc(body), null);
      assert.equal(body.VpcId, '');
      assert.equal(body.Status, '');
    }

    await rpcPost(acct, VPC, 'DeleteVpc', { VpcId, RegionId: REGION, ClientToken: 'TF-DeleteVpc-1' });
    const after = await tfVpcAttribute(acct, VpcId);
    assert.equal(readVpc(after), null);
    assert.equal(typeof after.RequestId, 'string');
    // Its tags went with it.
    assert.deepEqual(readTagResources(await rpcPost(acct, VPC, 'ListTagResources', { RegionId: REGION, ResourceType: 'VPC', 'ResourceId.1': VpcId })), {});
    // An unknown region stays an error.
    const bad = await rpcPostExpectingError(acct, VPC, 'DescribeVpcAttribute', {}, { VpcId, RegionId: 'xx-nowhere-1' });
    assert.equal(bad.code, 'InvalidRegionId.NotFound');
  });

  it('unmodelled VPC options are refused, not dropped: EnableDnsHostname, UserCidr, IPAM pools', async () => {
    const acct = await ctx.harness.createAccount();
    assert.equal((await rpcPostExpectingError(acct, VPC, 'CreateVpc', { RegionId: REGION, EnableDnsHostname: true })).code, 'OperationUnsupported.DnsHostname');
    assert.equal((await rpcPostExpectingError(acct, VPC, 'CreateVpc', { RegionId: REGION, UserCidr: '10.0.0.0/8' })).code, 'OperationUnsupported.UserCidr');
    assert.equal((await rpcPostExpectingError(acct, VPC, 'CreateVpc', { RegionId: REGION, Ipv4IpamPoolId: 'ipam-pool-1' })).code, 'OperationUnsupported.Ipam');
  });

  it('the official SDK parses DescribeVpcAttribute and DescribeRouteTableList, found and not found', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, routeTableId, VRouterId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '172.16.0.0/16' }))).body;
    const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '172.16.1.0/24' }))).body.vSwitchId;

    const { body } = await acct.vpc.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({ regionId: REGION, vpcId }));
    assert.equal(body.vpcId, vpcId);
    assert.deepEqual(body.vSwitchIds.vSwitchId, [vSwitchId]);
    assert.equal(body.isDefault, false);
    assert.deepEqual(body.associatedCens.associatedCen, []);
    const missing = (await acct.vpc.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({ regionId: REGION, vpcId: 'vpc-missing' }))).body;
    assert.equal(missing.vpcId, '');

    const tables = (await acct.vpc.describeRouteTableList(new Vpc.DescribeRouteTableListRequest({ regionId: REGION, vpcId }))).body;
    assert.equal(tables.totalCount, 1);
    assert.equal(tables.pageNumber, 1);
    assert.equal(tables.pageSize, 10);
    const [table] = tables.routerTableList.routerTableListType;
    assert.equal(table.routeTableId, routeTableId);
    assert.equal(table.routerId, VRouterId);
    assert.equal(table.routeTableType, 'System');
    assert.deepEqual(table.vSwitchIds.vSwitchId, [vSwitchId]);
    assert.deepEqual(table.tags.tag, []);
    assert.equal(typeof table.ownerId, 'number');
  });

  it('DescribeRouteTableList lists one System table per VPC and applies its filters; what does not exist matches nothing', async () => {
    const acct = await ctx.harness.createAccount();
    const a = await tfCreateVpc(acct, { CidrBlock: '10.0.0.0/16' });
    const b = await tfCreateVpc(acct, { CidrBlock: '10.1.0.0/16' });
    const other = await ctx.harness.createAccount();
    await tfCreateVpc(other);
    const list = async (params) => (await rpcPost(acct, VPC, 'DescribeRouteTableList', { RegionId: REGION, ...params })).RouterTableList.RouterTableListType.map((t) => t.RouteTableId).sort();

    assert.deepEqual(await list({}), [a.RouteTableId, b.RouteTableId].sort());
    assert.deepEqual(await list({ RouteTableId: b.RouteTableId }), [b.RouteTableId]);
    assert.deepEqual(await list({ RouterId: a.VRouterId }), [a.RouteTableId]);
    assert.deepEqual(await list({ VpcId: b.VpcId, RouteTableType: 'System', RouterType: 'VRouter' }), [b.RouteTableId]);
    assert.deepEqual(await list({ RouteTableType: 'Custom' }), []);
    assert.deepEqual(await list({ RouterType: 'VBR' }), []);
    assert.deepEqual(await list({ RouteTableName: 'named' }), []);
    assert.deepEqual(await list({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }), []);
    assert.deepEqual(await list({ ResourceGroupId: 'rg-someoneelse' }), []);
    const paged = await rpcPost(acct, VPC, 'DescribeRouteTableList', { RegionId: REGION, PageSize: 1, PageNumber: 2 });
    assert.equal(paged.TotalCount, 2);
    assert.equal(paged.RouterTableList.RouterTableListType.length, 1);
    assert.equal((await rpcPostExpectingError(acct, VPC, 'DescribeRouteTableList', { RegionId: REGION, PageSize: 51 })).code, 'InvalidParameter');
    assert.equal((await rpcPostExpectingError(acct, VPC, 'DescribeRouteTableList', { RegionId: REGION, RouteTableType: 'Other' })).code, 'InvalidParameter');
  });
});

describe('alicloud_vswitch: create, read, update, delete', () => {
  it('CreateVSwitch with Tag.N; DescribeVSwitchAttributes (ids in the query) reads it with Ipv6CidrBlock a string and the System route table', async () => {
    const acct = await ctx.harness.createAccount();
    const vpc = await tfCreateVpc(acct, { CidrBlock: '10.0.0.0/16' });
    const { VSwitchId } = await rpcPost(acct, VPC, 'CreateVSwitch', {
      RegionId: REGION, ClientToken: 'TF-CreateVSwitch-1', VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-b', CidrBlock: '10.0.1.0/24',
      VSwitchName: 'tf-vsw', Description: 'subnet', ...tagParams({ tier: 'web' }),
    });

    const body = await tfVSwitchAttributes(acct, VSwitchId);
    const vsw = readVSwitch(body);
    assert.equal(vsw.VSwitchId, VSwitchId);
    assert.equal(vsw.VpcId, vpc.VpcId);
    assert.equal(vsw.Status, 'Available');
    assert.equal(vsw.CidrBlock, '10.0.1.0/24');
    assert.equal(vsw.ZoneId, 'cn-hangzhou-b');
    assert.equal(vsw.VSwitchName, 'tf-vsw');
    assert.equal(vsw.Description, 'subnet');
    assert.equal(vsw.Ipv6CidrBlock, '');
    assert.equal(vsw.EnabledIpv6, false);
    assert.equal(vsw.AvailableIpAddressCount, 252);
    assert.deepEqual(vsw.RouteTable, { RouteTableId: vpc.RouteTableId, RouteTableType: 'System' });
    assert.deepEqual(vsw.tags, { tier: 'web' });
    assert.match(vsw.CreationTime, SECONDS_TIME_RE);

    // The route table now names the vSwitch.
    assert.deepEqual(readSystemRouteTable(await tfRouteTables(acct, vpc.VpcId), vpc.VpcId).VSwitchIds, { VSwitchId: [VSwitchId] });
  });

  it('ModifyVSwitchAttribute, VSWITCH tags, then DeleteVSwitch: DescribeVSwitchAttributes answers 200 with VSwitchId "" (the delete wait\'s target)', async () => {
    const acct = await ctx.harness.createAccount();
    const vpc = await tfCreateVpc(acct, { CidrBlock: '10.0.0.0/16' });
    const { VSwitchId } = await rpcPost(acct, VPC, 'CreateVSwitch', { RegionId: REGION, VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-b', CidrBlock: '10.0.1.0/24' });
    await rpcPost(acct, VPC, 'ModifyVSwitchAttribute', { VSwitchId, RegionId: REGION, VSwitchName: 'renamed', Description: 'd2' });
    await rpcPost(acct, VPC, 'TagResources', { RegionId: REGION, ResourceType: 'VSWITCH', 'ResourceId.1': VSwitchId, ...tagParams({ a: 'b' }) });
    const vsw = readVSwitch(await tfVSwitchAttributes(acct, VSwitchId));
    assert.equal(vsw.VSwitchName, 'renamed');
    assert.equal(vsw.Description, 'd2');
    assert.deepEqual(vsw.tags, { a: 'b' });
    assert.equal((await rpcPostExpectingError(acct, VPC, 'ModifyVSwitchAttribute', { VSwitchId, RegionId: REGION, EnableIPv6: true })).code, 'OperationUnsupported.Ipv6');
    assert.equal((await rpcPostExpectingError(acct, VPC, 'ModifyVSwitchAttribute', { VSwitchId: 'vsw-missing', RegionId: REGION, VSwitchName: 'x' })).code, 'InvalidVSwitchId.NotFound');

    await rpcPost(acct, VPC, 'DeleteVSwitch', { VSwitchId, RegionId: REGION });
    const gone = await tfVSwitchAttributes(acct, VSwitchId);
    assert.equal(readVSwitch(gone), null);
    assert.equal(gone.VSwitchId, '');
    assert.equal(gone.Ipv6CidrBlock, '');
    assert.deepEqual(readTagResources(await rpcPost(acct, VPC, 'ListTagResources', { RegionId: REGION, ResourceType: 'VSWITCH', 'ResourceId.1': VSwitchId })), {});
  });

  it('the official SDK parses DescribeVSwitchAttributes; tagging a vSwitch of another account is InvalidResourceId.NotFound', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION }))).body;
    const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '172.16.1.0/24' }))).body.vSwitchId;
    const { body } = await acct.vpc.describeVSwitchAttributes(new Vpc.DescribeVSwitchAttributesRequest({ regionId: REGION, vSwitchId }));
    assert.equal(body.vSwitchId, vSwitchId);
    assert.equal(body.routeTable.routeTableType, 'System');
    assert.equal(typeof body.availableIpAddressCount, 'number');
    assert.deepEqual(body.tags.tag, []);

    const stranger = await ctx.harness.createAccount();
    await expectError(stranger.vpc.tagResources(new Vpc.TagResourcesRequest({
      regionId: REGION, resourceType: 'VSWITCH', resourceId: [vSwitchId], tag: [new Vpc.TagResourcesRequestTag({ key: 'k', value: 'v' })],
    })), { code: 'InvalidResourceId.NotFound', status: 404 });
  });
});
