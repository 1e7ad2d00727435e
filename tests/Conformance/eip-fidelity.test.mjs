// Issue 8: what Terraform's alicloud provider (alicloud_eip_address, the alicloud_eip_addresses data source)
// and the SDKs read from the EIP API, in the request shapes they send (lib/terraform.mjs: ids in the query,
// the rest in a form body). Every field the provider's Read functions take without checking is present with
// the type it asserts; what it echoes into ForceNew attributes comes back exactly as requested.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { useServer, expectError, expectRawError, Vpc, REGION } from './lib/harness.mjs';
import { VPC, rpcPost, rpcSend, describeEip, buildClientToken } from './lib/terraform.mjs';

const ctx = useServer();
const BGP_PRO_REGIONS = ['cn-hongkong', 'ap-southeast-1', 'ap-northeast-1', 'ap-southeast-3', 'ap-southeast-6', 'ap-southeast-5', 'ap-southeast-7'];

/** alicloud_eip_address Create: AllocateEipAddress with InstanceId (empty) in the query, everything else in the body. */
async function terraformAllocate(acct, body = {}) {
  const res = await rpcPost(acct, VPC, 'AllocateEipAddress', { RegionId: REGION, ClientToken: buildClientToken('AllocateEipAddress'), ...body }, { InstanceId: '' });
  return res.AllocationId;
}

/** The data source: DescribeEipAddresses with every parameter in the body, PageSize 50, pages until one is short. */
async function dataSourceItems(acct, body = {}) {
  const items = [];
  for (let page = 1; page < 100; page++) {
    const res = await rpcPost(acct, VPC, 'DescribeEipAddresses', { RegionId: REGION, PageSize: 50, PageNumber: page, ...body });
    assert.ok(Array.isArray(res.EipAddresses?.EipAddress), JSON.stringify(res));
    items.push(...res.EipAddresses.EipAddress);
    if (res.EipAddresses.EipAddress.length < 50) return items;
  }
  assert.fail('the data source would page forever');
}

/** The data source's per-item reads (data_source_alicloud_eip_addresses.go), with the Go type assertions it makes. */
function checkDataSourceItem(item) {
  const info = JSON.stringify(item);
  assert.ok(item.AvailableRegions && typeof item.AvailableRegions === 'object' && !Array.isArray(item.AvailableRegions), `AvailableRegions must be an object: ${info}`);
  assert.ok(Array.isArray(item.AvailableRegions.AvailableRegion), `AvailableRegions.AvailableRegion must be an array: ${info}`);
  assert.ok(item.AvailableRegions.AvailableRegion.every((r) => typeof r === 'string'), info);
  assert.ok(item.OperationLocks && typeof item.OperationLocks === 'object' && Array.isArray(item.OperationLocks.LockReason), `OperationLocks.LockReason: ${info}`);
  assert.ok(item.OperationLocks.LockReason.every((l) => l && typeof l === 'object' && typeof l.LockReason === 'string'), info);
  assert.equal(typeof item.Descritpion, 'string', `Descritpion (sic) must be a string: ${info}`);
  assert.equal(typeof item.DeletionProtection, 'boolean', info);
  assert.equal(typeof item.SecondLimited, 'boolean', info);
  assert.ok(Array.isArray(item.Tags?.Tag) && item.Tags.Tag.every((t) => typeof t.Key === 'string' && typeof t.Value === 'string'), `Tags.Tag: ${info}`);
  assert.ok(Array.isArray(item.SecurityProtectionTypes?.SecurityProtectionType), info);
  for (const f of ['AllocationId', 'Name', 'Bandwidth', 'AllocationTime', 'HDMonitorStatus', 'InstanceId', 'InstanceRegionId', 'InstanceType',
    'InternetChargeType', 'IpAddress', 'ISP', 'ChargeType', 'ResourceGroupId', 'Status', 'ExpiredTime', 'SegmentInstanceId',
    'BandwidthPackageId', 'BandwidthPackageType', 'BandwidthPackageBandwidth', 'ReservationActiveTime', 'ReservationBandwidth',
    'ReservationInternetChargeType', 'ReservationOrderType']) {
    assert.equal(typeof item[f], 'string', `${f} must be a string: ${info}`);
  }
}

describe('DescribeEipAddresses as the alicloud_eip_addresses data source reads it', () => {
  let acct;
  let plain;
  let described;
  before(async () => {
    acct = await ctx.harness.createAccount();
    plain = await terraformAllocate(acct, { Name: 'plain', Description: 'described here' });
    described = await acct.allocate({ name: 'tagged', description: 'with tags', tags: [{ key: 'env', value: 'prod' }] });
  });

  it('every item has AvailableRegions.AvailableRegion = [its region], OperationLocks.LockReason = [], Descritpion = Description, HDMonitorStatus OFF, and the JSON types the data source asserts', async () => {
    const items = await dataSourceItems(acct);
    assert.equal(items.length, 2);
    for (const item of items) {
      checkDataSourceItem(item);
      assert.deepEqual(item.AvailableRegions, { AvailableRegion: [REGION] });
      assert.deepEqual(item.OperationLocks, { LockReason: [] });
      assert.equal(item.Descritpion, item.Description);
      assert.equal(item.HDMonitorStatus, 'OFF', 'the provider\'s schema takes ON/OFF, not "false"');
      assert.equal(item.EipBandwidth, item.Bandwidth, 'EipBandwidth wins over Bandwidth in the resource: they must agree');
      assert.equal(item.VpcId, '');
      assert.equal(item.PrivateIpAddress, '');
    }
    const byId = Object.fromEntries(items.map((i) => [i.AllocationId, i]));
    assert.equal(byId[plain].Descritpion, 'described here');
    assert.deepEqual(byId[described.allocationId].Tags.Tag, [{ Key: 'env', Value: 'prod' }]);
  });

  it('the SDK model reads the same item (AvailableRegions and Descritpion are extra keys the v2 models skip)', async () => {
    const item = await acct.describeOne(plain);
    assert.equal(item.description, 'described here');
    assert.equal(item.HDMonitorStatus, 'OFF');
    assert.equal(item.eipBandwidth, item.bandwidth);
  });

  it('Format=XML keeps AvailableRegions as a wrapper of AvailableRegion elements', async () => {
    const res = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION, AllocationId: plain }, { format: 'XML' });
    assert.equal(res.status, 200, res.text);
    assert.match(res.text, new RegExp(`<AvailableRegions><AvailableRegion>${REGION}</AvailableRegion></AvailableRegions>`));
    assert.match(res.text, /<Descritpion>described here<\/Descritpion>/);
  });

  it('a locked EIP keeps the shapes: OperationLocks.LockReason holds objects with a string LockReason', async () => {
    const locked = await ctx.harness.createAccount();
    const { allocationId } = await locked.allocate();
    await ctx.harness.operator.request('SetAccountOverdue', { AccountId: locked.accountId, Overdue: 'true' }, { method: 'POST' });
    await ctx.harness.advanceClock(1);
    const [item] = await dataSourceItems(locked);
    checkDataSourceItem(item);
    assert.equal(item.AllocationId, allocationId);
    assert.deepEqual(item.OperationLocks.LockReason, [{ LockReason: 'financial' }]);
  });
});

describe('AllocateEipAddress as alicloud_eip_address sends it, echoed by DescribeEipAddresses', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('Zone, Netmode, ISP, InternetChargeType, InstanceChargeType, SecurityProtectionTypes, Name and Description come back exactly as sent; PublicIpAddressPoolId stays empty', async () => {
    const id = await terraformAllocate(acct, {
      Bandwidth: '7', Netmode: 'public', ISP: 'BGP', Zone: 'cn-hangzhou-h', InternetChargeType: 'PayByTraffic', InstanceChargeType: 'PostPaid',
      SecurityProtectionTypes: ['AntiDDoS_Enhanced'], Name: 'tf-eip', Description: 'made by terraform',
    });
    const [item] = await describeEip(acct, REGION, id);
    assert.equal(item.AllocationId, id);
    assert.equal(item.Zone, 'cn-hangzhou-h');
    assert.equal(item.Netmode, 'public');
    assert.equal(item.ISP, 'BGP');
    assert.equal(item.InternetChargeType, 'PayByTraffic');
    assert.equal(item.ChargeType, 'PostPaid');
    assert.deepEqual(item.SecurityProtectionTypes, { SecurityProtectionType: ['AntiDDoS_Enhanced'] });
    assert.equal(item.Name, 'tf-eip');
    assert.equal(item.Description, 'made by terraform');
    assert.equal(item.Bandwidth, '7');
    assert.equal(item.EipBandwidth, '7');
    assert.equal(item.PublicIpAddressPoolId, '');
    assert.equal(item.HDMonitorStatus, 'OFF');
  });

  it('without them: Zone empty, SecurityProtectionTypes an empty array, ISP BGP, PostPaid, PayByBandwidth', async () => {
    const id = await terraformAllocate(acct);
    const [item] = await describeEip(acct, REGION, id);
    assert.equal(item.Zone, '');
    assert.deepEqual(item.SecurityProtectionTypes, { SecurityProtectionType: [] });
    assert.equal(item.ISP, 'BGP');
    assert.equal(item.ChargeType, 'PostPaid');
    assert.equal(item.InternetChargeType, 'PayByBandwidth');
  });

  it('a Zone that is not one of the region\'s is 404 InvalidZoneId.NotFound', async () => {
    const res = await rpcSend(acct, VPC, 'AllocateEipAddress', { RegionId: REGION, Zone: 'cn-shanghai-b' }, { InstanceId: '' });
    expectRawError(res, { code: 'InvalidZoneId.NotFound', status: 404 });
  });

  it('an empty DescribeEipAddresses answer for a gone EIP is 200 with EipAddresses.EipAddress = [] (Terraform\'s "not found")', async () => {
    const id = await terraformAllocate(acct);
    await rpcPost(acct, VPC, 'ReleaseEipAddress', { RegionId: REGION }, { AllocationId: id });
    assert.deepEqual(await describeEip(acct, REGION, id), []);
  });
});

describe('DescribeEipAddresses filters the provider relies on', () => {
  let acct;
  let ids;
  before(async () => {
    acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-postpaid-per-region', 60);
    ids = [];
    for (let i = 0; i < 53; i++) ids.push((await acct.allocate({ name: `n${i}` })).allocationId);
  });

  it('the data source\'s paging (PageSize 50, PageNumber 1, 2, … until a short page) sees every EIP once', async () => {
    const items = await dataSourceItems(acct);
    assert.equal(items.length, 53);
    assert.deepEqual(items.map((i) => i.AllocationId).sort(), [...ids].sort());
  });

  it('AllocationId matches exactly: no prefix, no other case; the resource takes element [0] without checking it', async () => {
    const id = ids[7];
    assert.deepEqual((await describeEip(acct, REGION, id)).map((i) => i.AllocationId), [id]);
    assert.deepEqual(await describeEip(acct, REGION, id.slice(0, -1)), []);
    assert.deepEqual(await describeEip(acct, REGION, id.toUpperCase()), []);
    assert.deepEqual(await describeEip(acct, REGION, `${id}x`), []);
  });

  it('SegmentInstanceId and PublicIpAddressPoolId match no EIP here (an empty page, not the unfiltered list)', async () => {
    for (const body of [{ SegmentInstanceId: 'eipsg-123' }, { PublicIpAddressPoolId: 'pippool-123' }]) {
      assert.deepEqual(await dataSourceItems(acct, body), [], JSON.stringify(body));
    }
    assert.equal((await dataSourceItems(acct, { SegmentInstanceId: '' })).length, 53, 'an empty value is no filter');
  });

  it('SecurityProtectionEnabled filters on SecurityProtectionTypes; IncludeReservationData is accepted', async () => {
    const other = await ctx.harness.createAccount();
    const guarded = (await other.allocate({ securityProtectionTypes: ['AntiDDoS_Enhanced'] })).allocationId;
    const bare = (await other.allocate()).allocationId;
    const of = async (body) => (await dataSourceItems(other, body)).map((i) => i.AllocationId).sort();
    assert.deepEqual(await of({ SecurityProtectionEnabled: true }), [guarded]);
    assert.deepEqual(await of({ SecurityProtectionEnabled: false }), [bare]);
    assert.deepEqual(await of({ IncludeReservationData: true }), [guarded, bare].sort());
  });
});

describe('AllocateEipAddress: OrderId and ISP', () => {
  it('BGP_PRO is allocated only where Alibaba offers it; elsewhere it is 400 IllegalParam.Isp', async () => {
    const acct = await ctx.harness.createAccount();
    for (const regionId of BGP_PRO_REGIONS) {
      const { allocationId } = await acct.allocate({ regionId, ISP: 'BGP_PRO' });
      assert.equal((await acct.describeOne(allocationId, regionId)).ISP, 'BGP_PRO', regionId);
    }
    for (const regionId of [REGION, 'cn-shanghai', 'us-east-1', 'eu-central-1']) {
      const err = await expectError(acct.allocate({ regionId, ISP: 'BGP_PRO' }), { code: 'IllegalParam.Isp', status: 400 });
      assert.match(err.data.Message, new RegExp(regionId));
      await expectError(acct.allocatePro({ regionId, ISP: 'BGP_PRO' }), { code: 'IllegalParam.Isp', status: 400 });
    }
  });

  it('OrderId is in the answer of a subscription only (the Terraform request shape too)', async () => {
    const acct = await ctx.harness.createAccount();
    const postPaid = await rpcPost(acct, VPC, 'AllocateEipAddress', { RegionId: REGION }, { InstanceId: '' });
    assert.ok(!('OrderId' in postPaid), JSON.stringify(postPaid));
    const prePaid = await rpcPost(acct, VPC, 'AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', Period: 1, PricingCycle: 'Month', AutoPay: true }, { InstanceId: '' });
    assert.equal(typeof prePaid.OrderId, 'number', JSON.stringify(prePaid));
  });
});

describe('an unknown RegionId on EIP actions: 404 Forbidden.RegionNotFound', () => {
  const NOWHERE = 'xx-nowhere-9';
  const regionNotFound = { code: 'Forbidden.RegionNotFound', status: 404 };
  let acct;
  let eip;
  before(async () => {
    acct = await ctx.harness.createAccount();
    eip = (await acct.allocate()).allocationId;
  });

  it('every EIP action through the official SDK, whatever its other parameters', async () => {
    const vpc = acct.vpc;
    const regionId = NOWHERE;
    const calls = {
      AllocateEipAddress: () => vpc.allocateEipAddress(new Vpc.AllocateEipAddressRequest({ regionId })),
      AllocateEipAddressPro: () => vpc.allocateEipAddressPro(new Vpc.AllocateEipAddressProRequest({ regionId })),
      DescribeEipAddresses: () => vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId })),
      ModifyEipAddressAttribute: () => vpc.modifyEipAddressAttribute(new Vpc.ModifyEipAddressAttributeRequest({ regionId, allocationId: eip, name: 'x' })),
      ReleaseEipAddress: () => vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ regionId, allocationId: eip })),
      AssociateEipAddress: () => vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId, allocationId: eip, instanceId: 'i-x' })),
      AssociateEipAddressBatch: () => vpc.associateEipAddressBatch(new Vpc.AssociateEipAddressBatchRequest({ regionId, bindedInstanceId: 'ngw-x', bindedInstanceType: 'Nat', instanceIds: [eip] })),
      UnassociateEipAddress: () => vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId, allocationId: eip })),
      ModifyEipForwardMode: () => vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId, instanceId: eip, mode: 'NAT' })),
      DeletionProtection: () => vpc.deletionProtection(new Vpc.DeletionProtectionRequest({ regionId, instanceId: eip, protectionEnable: true, type: 'EIP' })),
      SetHighDefinitionMonitorLogStatus: () => vpc.setHighDefinitionMonitorLogStatus(new Vpc.SetHighDefinitionMonitorLogStatusRequest({ regionId, instanceId: eip, instanceType: 'EIP', status: 'OFF', logProject: 'hdmonitor-x', logStore: 'hdmonitor' })),
      DescribeHighDefinitionMonitorLogAttribute: () => vpc.describeHighDefinitionMonitorLogAttribute(new Vpc.DescribeHighDefinitionMonitorLogAttributeRequest({ regionId, instanceId: eip, instanceType: 'EIP' })),
      TagResources: () => vpc.tagResources(new Vpc.TagResourcesRequest({ regionId, resourceType: 'EIP', resourceId: [eip], tag: [new Vpc.TagResourcesRequestTag({ key: 'k', value: 'v' })] })),
      UnTagResources: () => vpc.unTagResources(new Vpc.UnTagResourcesRequest({ regionId, resourceType: 'EIP', resourceId: [eip], tagKey: ['k'] })),
      ListTagResources: () => vpc.listTagResources(new Vpc.ListTagResourcesRequest({ regionId, resourceType: 'EIP', resourceId: [eip] })),
    };
    for (const [action, call] of Object.entries(calls)) {
      const err = await expectError(call, regionNotFound).catch((e) => assert.fail(`${action}: ${e.message}`));
      assert.equal(err.data.Message, 'Specified region is not found during access authentication.', action);
    }
    const item = await acct.describeOne(eip);
    assert.equal(item.name, '', 'nothing changed');
    assert.equal(item.deletionProtection, false);
  });

  it('in Terraform\'s request shape too (RegionId in the body, the id in the query)', async () => {
    const res = await rpcSend(acct, VPC, 'ModifyEipAddressAttribute', { RegionId: NOWHERE, Bandwidth: '6' }, { AllocationId: eip });
    expectRawError(res, regionNotFound);
  });

  it('other products keep InvalidRegionId.NotFound (VPC networks, zones)', async () => {
    await expectError(acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: NOWHERE })), { code: 'InvalidRegionId.NotFound', status: 404 });
    await expectError(acct.vpc.describeZones(new Vpc.DescribeZonesRequest({ regionId: NOWHERE })), { code: 'InvalidRegionId.NotFound', status: 404 });
  });
});
