// AllocateEipAddress / AllocateEipAddressPro results and DescribeEipAddresses: JSON shapes and types,
// defaults, filters, pagination, regions.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, expectError, expectRawOk, expectRawError, REGION, ALLOCATION_ID_RE, SECONDS_TIME_RE, IPV4_RE, inCidr, ipToInt,
} from './lib/harness.mjs';

const ctx = useServer();
const DEFAULT_POOLS = '198.18.0.0/15'; // every region's default pool is a /22 inside it

// JSON type of every DescribeEipAddresses item field, per wire-protocol.md §1.2 (SDK model).
const ITEM_TYPES = {
  AllocationId: 'string', IpAddress: 'string', Status: 'string', InstanceId: 'string', InstanceType: 'string',
  InstanceRegionId: 'string', Mode: 'string', PrivateIpAddress: 'string', RegionId: 'string', ChargeType: 'string',
  InternetChargeType: 'string', Bandwidth: 'string', EipBandwidth: 'string', BandwidthPackageId: 'string',
  BandwidthPackageType: 'string', BandwidthPackageBandwidth: 'string', AllocationTime: 'string', ExpiredTime: 'string',
  ISP: 'string', Netmode: 'string', Name: 'string', Description: 'string', ResourceGroupId: 'string',
  DeletionProtection: 'boolean', SecondLimited: 'boolean', ServiceManaged: 'number', ServiceID: 'number',
  HDMonitorStatus: 'string', HasReservationData: 'string', BusinessStatus: 'string', BizType: 'string',
  OperationLocks: 'object', Tags: 'object', SecurityProtectionTypes: 'object', ReservationActiveTime: 'string',
  ReservationBandwidth: 'string', ReservationInternetChargeType: 'string', ReservationOrderType: 'string',
  SegmentInstanceId: 'string', PublicIpAddressPoolId: 'string', VpcId: 'string', Zone: 'string',
};
const REQUIRED_ITEM_FIELDS = [
  'AllocationId', 'IpAddress', 'Status', 'InstanceId', 'RegionId', 'ChargeType', 'InternetChargeType', 'Bandwidth',
  'AllocationTime', 'ISP', 'Netmode', 'ResourceGroupId', 'DeletionProtection', 'ServiceManaged', 'OperationLocks',
  'Tags', 'SecurityProtectionTypes',
];

const PREPAID = { InstanceChargeType: 'PrePaid', PricingCycle: 'Month', Period: '1', AutoPay: 'true', InternetChargeType: 'PayByBandwidth' };

function checkAllocateBody(body, where, { prepaid = false } = {}) {
  const info = `${where}: ${JSON.stringify(body)}`;
  assert.match(body.AllocationId, ALLOCATION_ID_RE, info);
  assert.match(body.EipAddress, IPV4_RE, info);
  assert.ok(inCidr(body.EipAddress, DEFAULT_POOLS), `address outside the default pools: ${info}`);
  // Alibaba returns OrderId only for a subscription (PrePaid) EIP (issue 8).
  if (prepaid) assert.equal(typeof body.OrderId, 'number', `OrderId must be a JSON number: ${info}`);
  else assert.ok(!('OrderId' in body), `no OrderId for a pay-as-you-go EIP: ${info}`);
  assert.equal(typeof body.ResourceGroupId, 'string', info);
  assert.equal(typeof body.RequestId, 'string', info);
}

describe('AllocateEipAddress / AllocateEipAddressPro', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('AllocateEipAddress (raw JSON) returns AllocationId eip-<20 lowercase alnum>, EipAddress in the pool, ResourceGroupId, RequestId, and no OrderId for PostPaid', async () => {
    const body = expectRawOk(await acct.rawV1('AllocateEipAddress', { RegionId: REGION }));
    checkAllocateBody(body, 'AllocateEipAddress');
  });

  it('AllocateEipAddressPro (raw JSON) returns the same fields', async () => {
    const body = expectRawOk(await acct.rawV1('AllocateEipAddressPro', { RegionId: REGION }));
    checkAllocateBody(body, 'AllocateEipAddressPro');
  });

  it('a subscription (PrePaid) EIP comes with a numeric OrderId (Allocate and AllocatePro, raw JSON)', async () => {
    for (const action of ['AllocateEipAddress', 'AllocateEipAddressPro']) {
      const body = expectRawOk(await acct.rawV1(action, { RegionId: REGION, ...PREPAID }));
      checkAllocateBody(body, action, { prepaid: true });
    }
  });

  it('AllocateEipAddress through the official V3 SDK fills the response model', async () => {
    const body = await acct.allocate();
    assert.match(body.allocationId, ALLOCATION_ID_RE);
    assert.match(body.eipAddress, IPV4_RE);
    assert.equal(body.orderId, undefined, 'PostPaid: no OrderId');
    assert.equal(typeof body.resourceGroupId, 'string');
    const prepaid = await acct.allocate({ instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true });
    assert.equal(typeof prepaid.orderId, 'number');
    assert.ok(body.requestId);
  });

  it('a new EIP has the documented defaults: Bandwidth "5", PayByBandwidth, PostPaid, ISP BGP, Available, Netmode public, no deletion protection', async () => {
    for (const alloc of [() => acct.allocate(), () => acct.allocatePro()]) {
      const { allocationId, eipAddress, resourceGroupId } = await alloc();
      const item = await acct.describeOne(allocationId);
      assert.ok(item, 'the new EIP is listed');
      assert.equal(item.allocationId, allocationId);
      assert.equal(item.ipAddress, eipAddress);
      assert.equal(item.bandwidth, '5');
      assert.equal(item.internetChargeType, 'PayByBandwidth');
      assert.equal(item.chargeType, 'PostPaid');
      assert.equal(item.ISP, 'BGP');
      assert.equal(item.status, 'Available');
      assert.equal(item.netmode, 'public');
      assert.equal(item.regionId, REGION);
      assert.equal(item.resourceGroupId, resourceGroupId);
      assert.equal(item.deletionProtection, false);
      assert.equal(item.instanceId ?? '', '');
    }
  });

  it('every allocation gets a distinct address and a distinct AllocationId', async () => {
    const bodies = await Promise.all(Array.from({ length: 8 }, () => acct.allocate()));
    assert.equal(new Set(bodies.map((b) => b.eipAddress)).size, 8);
    assert.equal(new Set(bodies.map((b) => b.allocationId)).size, 8);
  });
});

describe('DescribeEipAddresses: JSON shape', () => {
  let acct;
  let eip;
  before(async () => {
    acct = await ctx.harness.createAccount();
    eip = await acct.allocate({ name: 'shape', description: 'shape test' });
  });

  it('with no EIPs, EipAddresses.EipAddress is an empty array and PageNumber/PageSize/TotalCount are numbers', async () => {
    const empty = await ctx.harness.createAccount();
    const body = expectRawOk(await empty.rawV1('DescribeEipAddresses', { RegionId: REGION }));
    assert.deepEqual(body.EipAddresses, { EipAddress: [] }, JSON.stringify(body));
    assert.equal(body.TotalCount, 0);
    assert.equal(body.PageNumber, 1);
    assert.equal(body.PageSize, 10);
  });

  it('with one EIP, EipAddresses.EipAddress is still an array (one element), never a single object', async () => {
    const body = expectRawOk(await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }));
    assert.ok(Array.isArray(body.EipAddresses?.EipAddress), JSON.stringify(body));
    assert.equal(body.EipAddresses.EipAddress.length, 1);
    assert.equal(body.TotalCount, 1);
  });

  it('item fields have the JSON types of the SDK model (Bandwidth string, DeletionProtection boolean, ServiceManaged number, list wrappers arrays, AllocationTime YYYY-MM-DDThh:mm:ssZ)', async () => {
    const body = expectRawOk(await acct.rawV1('DescribeEipAddresses', { RegionId: REGION, AllocationId: eip.allocationId }));
    const item = body.EipAddresses.EipAddress[0];
    const info = JSON.stringify(item);
    for (const f of REQUIRED_ITEM_FIELDS) assert.ok(f in item, `missing field ${f}: ${info}`);
    for (const [f, v] of Object.entries(item)) {
      if (f in ITEM_TYPES && v !== null) assert.equal(typeof v, ITEM_TYPES[f], `field ${f} has JSON type ${typeof v}: ${info}`);
    }
    assert.ok(Array.isArray(item.Tags.Tag), `Tags.Tag must be an array: ${info}`);
    assert.ok(Array.isArray(item.OperationLocks.LockReason), `OperationLocks.LockReason must be an array: ${info}`);
    assert.ok(Array.isArray(item.SecurityProtectionTypes.SecurityProtectionType), `SecurityProtectionTypes.SecurityProtectionType must be an array: ${info}`);
    assert.match(item.AllocationTime, SECONDS_TIME_RE);
    const allocated = Date.parse(item.AllocationTime);
    assert.ok(Math.abs(allocated - Date.now()) < 10 * 60_000, `AllocationTime ${item.AllocationTime} is not now`);
    assert.equal(item.Bandwidth, '5');
    assert.equal(item.DeletionProtection, false);
    assert.equal(item.ServiceManaged, 0);
    assert.equal(item.RegionId, REGION);
    assert.equal(item.Name, 'shape');
    assert.equal(item.Description, 'shape test');
    assert.equal(item.IpAddress, eip.eipAddress);
  });

  it('the official SDK parses the Describe response (V3 and V1 signatures)', async () => {
    for (const client of [acct.vpc, acct.vpcV1]) {
      const body = await acct.describe({}, client);
      assert.equal(body.totalCount, 1);
      assert.equal(body.eipAddresses.eipAddress[0].allocationId, eip.allocationId);
      assert.ok(Array.isArray(body.eipAddresses.eipAddress[0].tags.tag));
    }
  });
});

describe('DescribeEipAddresses: filters', () => {
  let acct;
  let a;
  let b;
  let c;
  before(async () => {
    acct = await ctx.harness.createAccount();
    a = await acct.allocate({ name: 'alpha' });
    b = await acct.allocate({ name: 'beta' });
    c = await acct.allocate({ name: 'gamma', instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true });
  });

  const ids = (body) => body.eipAddresses.eipAddress.map((e) => e.allocationId).sort();

  it('AllocationId takes a comma-separated list', async () => {
    const body = await acct.describe({ allocationId: `${a.allocationId},${b.allocationId}` });
    assert.deepEqual(ids(body), [a.allocationId, b.allocationId].sort());
    assert.equal(body.totalCount, 2);
  });

  it('AllocationId takes a list of 50 ids (unknown ids simply match nothing)', async () => {
    const list = [a.allocationId, c.allocationId];
    for (let i = 0; list.length < 50; i++) list.push(`eip-${String(i).padStart(20, '0')}`);
    const body = await acct.describe({ allocationId: list.join(',') });
    assert.deepEqual(ids(body), [a.allocationId, c.allocationId].sort());
  });

  it('EipAddress takes a comma-separated list of addresses', async () => {
    const body = await acct.describe({ eipAddress: `${b.eipAddress},${c.eipAddress}` });
    assert.deepEqual(ids(body), [b.allocationId, c.allocationId].sort());
  });

  it('EipName filters by name', async () => {
    const body = await acct.describe({ eipName: 'alpha' });
    assert.deepEqual(ids(body), [a.allocationId]);
  });

  it('ChargeType filters PostPaid / PrePaid', async () => {
    assert.deepEqual(ids(await acct.describe({ chargeType: 'PrePaid' })), [c.allocationId]);
    assert.deepEqual(ids(await acct.describe({ chargeType: 'PostPaid' })), [a.allocationId, b.allocationId].sort());
  });

  it('ISP filters by line type (BGP_PRO in cn-hongkong, where it is offered)', async () => {
    const pro = await acct.allocate({ regionId: 'cn-hongkong', ISP: 'BGP_PRO' });
    const plain = await acct.allocate({ regionId: 'cn-hongkong' });
    assert.deepEqual(ids(await acct.describe({ regionId: 'cn-hongkong', ISP: 'BGP_PRO' })), [pro.allocationId]);
    assert.deepEqual(ids(await acct.describe({ regionId: 'cn-hongkong', ISP: 'BGP' })), [plain.allocationId]);
    assert.deepEqual(ids(await acct.describe({ ISP: 'BGP_PRO' })), []);
    assert.deepEqual(ids(await acct.describe({ ISP: 'BGP' })), [a.allocationId, b.allocationId, c.allocationId].sort());
  });

  it('Status filters by state', async () => {
    assert.equal((await acct.describe({ status: 'Available' })).totalCount, 3);
    const inUse = await acct.describe({ status: 'InUse' });
    assert.equal(inUse.totalCount, 0);
    assert.deepEqual(inUse.eipAddresses.eipAddress, []);
  });

  it('ResourceGroupId filters by resource group', async () => {
    const item = await acct.describeOne(a.allocationId);
    const body = await acct.describe({ resourceGroupId: item.resourceGroupId });
    assert.equal(body.totalCount, 3);
  });

  it('filters combine (AND): EipName=alpha with ChargeType=PrePaid matches nothing', async () => {
    const body = await acct.describe({ eipName: 'alpha', chargeType: 'PrePaid' });
    assert.equal(body.totalCount, 0);
  });
});

describe('DescribeEipAddresses: pagination', () => {
  let acct;
  let all;
  before(async () => {
    acct = await ctx.harness.createAccount();
    all = await Promise.all(Array.from({ length: 12 }, (_, i) => acct.allocate({ name: `page-${i}` })));
  });

  it('default page is PageNumber 1, PageSize 10, with TotalCount of all items', async () => {
    const body = await acct.describe();
    assert.equal(body.pageNumber, 1);
    assert.equal(body.pageSize, 10);
    assert.equal(body.totalCount, 12);
    assert.equal(body.eipAddresses.eipAddress.length, 10);
  });

  it('pages of 5 cover every EIP exactly once and TotalCount is right on every page', async () => {
    const seen = [];
    for (let page = 1; page <= 3; page++) {
      const body = await acct.describe({ pageNumber: page, pageSize: 5 });
      assert.equal(body.totalCount, 12, `page ${page}`);
      assert.equal(body.pageNumber, page);
      assert.equal(body.pageSize, 5);
      assert.equal(body.eipAddresses.eipAddress.length, page < 3 ? 5 : 2, `page ${page}`);
      seen.push(...body.eipAddresses.eipAddress.map((e) => e.allocationId));
    }
    assert.equal(new Set(seen).size, 12, 'no EIP on two pages');
    assert.deepEqual([...seen].sort(), all.map((e) => e.allocationId).sort());
  });

  it('a page past the end is an empty array with the right TotalCount', async () => {
    const body = await acct.describe({ pageNumber: 4, pageSize: 5 });
    assert.deepEqual(body.eipAddresses.eipAddress, []);
    assert.equal(body.totalCount, 12);
  });

  it('PageSize 100 is accepted; PageSize 101 is 400 InvalidParameter naming PageSize', async () => {
    const ok = await acct.describe({ pageSize: 100 });
    assert.equal(ok.eipAddresses.eipAddress.length, 12);
    const err = await expectError(acct.describe({ pageSize: 101 }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /PageSize/);
  });
});

describe('DescribeEipAddresses: regions', () => {
  it('an EIP of another region is not listed; it is listed in its own region with that RegionId', async () => {
    const acct = await ctx.harness.createAccount();
    const sh = await acct.allocate({ regionId: 'cn-shanghai' });
    const hz = await acct.describe({ regionId: REGION });
    assert.equal(hz.totalCount, 0);
    assert.deepEqual(hz.eipAddresses.eipAddress, []);
    const item = await acct.describeOne(sh.allocationId, 'cn-shanghai');
    assert.ok(item);
    assert.equal(item.regionId, 'cn-shanghai');
    assert.equal(await acct.describeOne(sh.allocationId, REGION), undefined);
  });

  it("each region draws from its own /22 pool inside 198.18.0.0/15 (cn-hangzhou and cn-shanghai addresses in two different /22s)", async () => {
    const acct = await ctx.harness.createAccount();
    const hz = await Promise.all(Array.from({ length: 4 }, () => acct.allocate({ regionId: REGION })));
    const sh = await Promise.all(Array.from({ length: 4 }, () => acct.allocate({ regionId: 'cn-shanghai' })));
    const block = (ip) => Math.floor(ipToInt(ip) / 1024);
    const hzBlocks = new Set(hz.map((e) => block(e.eipAddress)));
    const shBlocks = new Set(sh.map((e) => block(e.eipAddress)));
    assert.equal(hzBlocks.size, 1, `cn-hangzhou addresses in one /22: ${hz.map((e) => e.eipAddress)}`);
    assert.equal(shBlocks.size, 1, `cn-shanghai addresses in one /22: ${sh.map((e) => e.eipAddress)}`);
    assert.notDeepEqual([...hzBlocks], [...shBlocks], 'the two regions have different pools');
    for (const e of [...hz, ...sh]) assert.ok(inCidr(e.eipAddress, DEFAULT_POOLS), e.eipAddress);
  });

  it('an unknown RegionId is 404 Forbidden.RegionNotFound, as Alibaba\'s EIP API answers it (Describe and Allocate)', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(acct.describe({ regionId: 'xx-nowhere-9' }), { code: 'Forbidden.RegionNotFound', status: 404 });
    await expectError(acct.allocate({ regionId: 'xx-nowhere-9' }), { code: 'Forbidden.RegionNotFound', status: 404 });
    const raw = await acct.rawV1('DescribeEipAddresses', { RegionId: 'xx-nowhere-9' });
    const body = expectRawError(raw, { code: 'Forbidden.RegionNotFound', status: 404 });
    assert.equal(body.Message, 'Specified region is not found during access authentication.');
  });
});
