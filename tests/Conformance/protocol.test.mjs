// Protocol conformance: every client style the official SDKs use, parameter encoding round trips,
// unknown actions/versions, Format=XML, success/error body shapes, DescribeRegions / DescribeZones.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, expectError, expectRawOk, expectRawError, popClient, Vpc, REGION, ALLOCATION_ID_RE,
} from './lib/harness.mjs';
import { prepareV1, prepareV3, send, wireQuery, v1Signature, isoSeconds, nonceHex } from './lib/signer.mjs';

const ctx = useServer();

const SPECIAL_NAME = '测试 eip (test)*~!';
const SPECIAL_VALUES = [SPECIAL_NAME, 'a b', "it's *(x)* ~ok~ !", '+/=&?#%20', 'ünïcödé ✓ 😀', 'two  spaces'];

describe('client styles', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  for (const style of ['V3 (default openapi client)', "V1 (openapi client, signatureAlgorithm 'v2')"]) {
    it(`${style}: AllocateEipAddress with Name ${JSON.stringify(SPECIAL_NAME)} and DescribeEipAddresses round-trip the name exactly`, async () => {
      const client = style.startsWith('V3') ? acct.vpc : acct.vpcV1;
      const { allocationId } = await acct.allocate({ name: SPECIAL_NAME }, client);
      assert.match(allocationId, ALLOCATION_ID_RE);
      const body = await acct.describe({ allocationId }, client);
      assert.equal(body.eipAddresses.eipAddress.length, 1);
      assert.equal(body.eipAddresses.eipAddress[0].name, SPECIAL_NAME);
      const byName = await acct.describe({ eipName: SPECIAL_NAME }, client);
      assert.ok(byName.eipAddresses.eipAddress.some((e) => e.allocationId === allocationId), 'EipName filter with special characters');
    });
  }

  for (const method of ['GET', 'POST']) {
    it(`pop-core ${method}${method === 'POST' ? ' (form body)' : ''}: AllocateEipAddress and DescribeEipAddresses round-trip Name ${JSON.stringify(SPECIAL_NAME)} exactly`, async () => {
      const r = await acct.pop.request('AllocateEipAddress', { RegionId: REGION, Name: SPECIAL_NAME }, { method });
      assert.match(r.AllocationId, ALLOCATION_ID_RE);
      assert.ok(r.RequestId);
      const d = await acct.pop.request('DescribeEipAddresses', { RegionId: REGION, AllocationId: r.AllocationId }, { method });
      assert.equal(d.TotalCount, 1);
      assert.equal(d.EipAddresses.EipAddress[0].Name, SPECIAL_NAME);
      assert.equal(d.EipAddresses.EipAddress[0].IpAddress, r.EipAddress);
    });
  }

  it('Description values with spaces, * ( ) ~ ! \' + / = & ? # % and UTF-8 round-trip exactly through every client style', async () => {
    const { allocationId } = await acct.allocate();
    for (const value of SPECIAL_VALUES) {
      await acct.vpc.modifyEipAddressAttribute(new Vpc.ModifyEipAddressAttributeRequest({ regionId: REGION, allocationId, description: value }));
      assert.equal((await acct.describeOne(allocationId)).description, value, `V3: ${JSON.stringify(value)}`);
      await acct.vpcV1.modifyEipAddressAttribute(new Vpc.ModifyEipAddressAttributeRequest({ regionId: REGION, allocationId, description: `v1 ${value}` }));
      assert.equal((await acct.describeOne(allocationId)).description, `v1 ${value}`, `V1: ${JSON.stringify(value)}`);
      for (const method of ['GET', 'POST']) {
        await acct.pop.request('ModifyEipAddressAttribute', { RegionId: REGION, AllocationId: allocationId, Description: `${method} ${value}` }, { method });
        assert.equal((await acct.describeOne(allocationId)).description, `${method} ${value}`, `pop-core ${method}: ${JSON.stringify(value)}`);
      }
    }
  });

  it('V1 tea-rpc style (Terraform): common parameters in the query, business parameters in a form body, signature over the merged set', async () => {
    const common = [
      ['AccessKeyId', acct.accessKeyId], ['Action', 'AllocateEipAddress'], ['Format', 'JSON'],
      ['SignatureMethod', 'HMAC-SHA1'], ['SignatureNonce', nonceHex(16)], ['SignatureVersion', '1.0'],
      ['Timestamp', isoSeconds()], ['Version', '2016-04-28'],
    ];
    const business = [['RegionId', REGION], ['Name', SPECIAL_NAME], ['Bandwidth', '6']];
    const signature = v1Signature('POST', [...common, ...business], acct.accessKeySecret);
    const res = await send({
      url: `${ctx.server.baseUrl}/?${wireQuery([...common, ['Signature', signature]])}`,
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }, body: wireQuery(business) },
    });
    const body = expectRawOk(res);
    const item = await acct.describeOne(body.AllocationId);
    assert.equal(item.name, SPECIAL_NAME);
    assert.equal(item.bandwidth, '6');
  });

  it("'+' in a V1 query or form value is decoded as a space (and signed as a space)", async () => {
    const { allocationId } = await acct.allocate();
    const q = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'ModifyEipAddressAttribute', params: { RegionId: REGION, AllocationId: allocationId, Description: 'plus sign space' } });
    q.url = q.url.replace('plus%20sign%20space', 'plus+sign+space');
    expectRawOk(await send(q));
    assert.equal((await acct.describeOne(allocationId)).description, 'plus sign space');
    const f = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'ModifyEipAddressAttribute', params: { RegionId: REGION, AllocationId: allocationId, Description: 'form plus' }, placement: 'form' });
    f.init.body = f.init.body.replace('form%20plus', 'form+plus');
    expectRawOk(await send(f));
    assert.equal((await acct.describeOne(allocationId)).description, 'form plus');
  });

  it('an empty Description is accepted and stored as empty', async () => {
    const { allocationId } = await acct.allocate();
    await acct.modify({ allocationId, description: 'x' });
    await acct.modify({ allocationId, description: '' });
    assert.equal((await acct.describeOne(allocationId)).description ?? '', '');
  });
});

describe('unknown actions and versions', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('pop-core request "NoSuchAction" is 404 InvalidAction.NotFound', async () => {
    await expectError(acct.pop.request('NoSuchAction', { RegionId: REGION }), { code: 'InvalidAction.NotFound', status: 404 });
  });

  it('a V3 request with x-acs-action NoSuchAction is 404 InvalidAction.NotFound', async () => {
    const res = await acct.rawV3('NoSuchAction', { RegionId: REGION });
    expectRawError(res, { code: 'InvalidAction.NotFound', status: 404 });
  });

  it("pop-core with apiVersion '2099-01-01' is 400 InvalidVersion", async () => {
    const c = popClient(ctx.server, acct.cred, { apiVersion: '2099-01-01' });
    await expectError(c.request('DescribeEipAddresses', { RegionId: REGION }), { code: 'InvalidVersion', status: 400 });
  });

  it('the operator API version is refused for VPC actions and the VPC version for operator actions', async () => {
    const op = ctx.server.operator;
    const asOperatorWithVpcVersion = popClient(ctx.server, op, { apiVersion: '2016-04-28' });
    await expectError(asOperatorWithVpcVersion.request('CreateAccount', { AccountName: 'x' }), { code: 'InvalidAction.NotFound', status: 404 });
    const vpcActionOperatorVersion = popClient(ctx.server, acct.cred, { apiVersion: '2026-11-25' });
    await expectError(vpcActionOperatorVersion.request('DescribeEipAddresses', { RegionId: REGION }), { code: 'InvalidAction.NotFound', status: 404 });
  });
});

describe('response formats', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('Format=XML (V1) answers DescribeEipAddresses with an XML body whose root is <DescribeEipAddressesResponse> containing <RequestId>', async () => {
    await acct.allocate();
    const res = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }, { format: 'XML' });
    assert.equal(res.status, 200, res.text);
    const xml = res.text.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
    assert.match(xml, /^<DescribeEipAddressesResponse>[\s\S]*<\/DescribeEipAddressesResponse>$/, xml.slice(0, 500));
    assert.match(xml, /<RequestId>[^<]+<\/RequestId>/);
    assert.match(xml, /<TotalCount>1<\/TotalCount>/);
    assert.match(xml, /<AllocationId>eip-[a-z0-9]{20}<\/AllocationId>/);
    assert.doesNotMatch(xml, /<Code>/);
  });

  it('Format is compared case-insensitively (Format=xml gives XML, Format=json gives JSON)', async () => {
    const x = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }, { format: 'xml' });
    assert.equal(x.status, 200, x.text);
    assert.match(x.text.trim().replace(/^<\?xml[^>]*\?>\s*/, ''), /^<DescribeEipAddressesResponse>/);
    expectRawOk(await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }, { format: 'json' }));
  });

  it('Format=XML escapes markup characters in values (Name <x&"y\'>) and JSON returns them as is', async () => {
    const name = '<x&"y\'>';
    const { allocationId } = await acct.allocate({ name });
    const res = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION, AllocationId: allocationId }, { format: 'XML' });
    assert.equal(res.status, 200, res.text);
    assert.ok(!res.text.includes(name), `raw markup in XML: ${res.text.slice(0, 300)}`);
    assert.match(res.text, /<Name>&lt;x&amp;(&quot;|")y(&apos;|'|&#39;)&gt;<\/Name>/);
    assert.equal((await acct.describeOne(allocationId)).name, name);
  });

  it('Format=XML (V1) errors have root <Error> with <Code> and <RequestId>', async () => {
    const res = await acct.rawV1('DescribeEipAddresses', { RegionId: 'xx-nowhere-9' }, { format: 'XML' });
    assert.equal(res.status, 404, res.text);
    const xml = res.text.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
    assert.match(xml, /^<Error>[\s\S]*<\/Error>$/, xml.slice(0, 500));
    assert.match(xml, /<Code>Forbidden\.RegionNotFound<\/Code>/);
    assert.match(xml, /<RequestId>[^<]+<\/RequestId>/);
  });

  it('every success body (raw JSON) has RequestId and no Code field', async () => {
    const { AllocationId } = expectRawOk(await acct.rawV1('AllocateEipAddress', { RegionId: REGION }));
    const calls = [
      ['DescribeEipAddresses', { RegionId: REGION }],
      ['ModifyEipAddressAttribute', { RegionId: REGION, AllocationId, Name: 'n' }],
      ['TagResources', { RegionId: REGION, ResourceType: 'EIP', 'ResourceId.1': AllocationId, 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }],
      ['ListTagResources', { RegionId: REGION, ResourceType: 'EIP', 'ResourceId.1': AllocationId }],
      ['UnTagResources', { RegionId: REGION, ResourceType: 'EIP', 'ResourceId.1': AllocationId, 'TagKey.1': 'k' }],
      ['DeletionProtection', { RegionId: REGION, InstanceId: AllocationId, ProtectionEnable: 'true', Type: 'EIP' }],
      ['DeletionProtection', { RegionId: REGION, InstanceId: AllocationId, ProtectionEnable: 'false', Type: 'EIP' }],
      ['DescribeRegions', {}],
      ['DescribeZones', { RegionId: REGION }],
      ['ReleaseEipAddress', { RegionId: REGION, AllocationId }],
    ];
    for (const [action, params] of calls) {
      const body = expectRawOk(await acct.rawV1(action, params));
      assert.ok(body.RequestId.length > 0, action);
    }
    expectRawOk(await acct.rawV3('DescribeEipAddresses', { RegionId: REGION }));
  });

  it('an error body (raw JSON) has RequestId, HostId, Code, Message, Recommend', async () => {
    const res = await acct.rawV1('ReleaseEipAddress', { RegionId: REGION, AllocationId: 'eip-00000000000000000000' });
    const body = expectRawError(res, { code: 'InvalidAllocationId.NotFound', status: 404 });
    for (const f of ['RequestId', 'HostId', 'Code', 'Message', 'Recommend']) assert.equal(typeof body[f], 'string', `${f}: ${res.text}`);
  });

  it('a V3 request answers JSON (the SDK sends accept: application/json)', async () => {
    const res = await send(prepareV3({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION } }));
    expectRawOk(res);
    assert.match(res.headers.get('content-type') ?? '', /json/i);
  });
});

describe('DescribeRegions / DescribeZones', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  async function regions(acceptLanguage) {
    const body = (await acct.vpc.describeRegions(new Vpc.DescribeRegionsRequest({ acceptLanguage }))).body;
    assert.ok(Array.isArray(body.regions?.region), 'Regions.Region is an array');
    return body.regions.region;
  }

  it('DescribeRegions returns Regions.Region[] {RegionId, LocalName, RegionEndpoint} in English, Chinese and Japanese', async () => {
    const en = await regions('en-US');
    const zh = await regions('zh-CN');
    const ja = await regions('ja');
    for (const list of [en, zh, ja]) {
      assert.ok(list.length >= 10, `${list.length} regions`);
      for (const r of list) {
        assert.equal(typeof r.regionId, 'string');
        assert.ok(r.localName, `LocalName of ${r.regionId}`);
        assert.ok(r.regionEndpoint, `RegionEndpoint of ${r.regionId}`);
      }
    }
    const hz = (list) => list.find((r) => r.regionId === 'cn-hangzhou');
    assert.equal(hz(en).localName, 'China (Hangzhou)');
    assert.equal(hz(zh).localName, '华东1（杭州）');
    assert.match(hz(ja).localName, /杭州/);
    assert.notEqual(hz(ja).localName, hz(zh).localName);
    assert.notEqual(hz(ja).localName, hz(en).localName);
    for (const id of ['cn-shanghai', 'cn-wulanchabu', 'ap-southeast-1', 'us-east-1', 'eu-central-1']) {
      assert.ok(en.some((r) => r.regionId === id), `${id} listed`);
    }
    assert.deepEqual(en.map((r) => r.regionId).sort(), zh.map((r) => r.regionId).sort());
  });

  it('DescribeRegions raw JSON has Regions.Region as an array', async () => {
    const body = expectRawOk(await acct.rawV1('DescribeRegions', { AcceptLanguage: 'en-US' }));
    assert.ok(Array.isArray(body.Regions?.Region));
  });

  it('DescribeZones(RegionId) returns Zones.Zone[] {ZoneId, LocalName} of that region', async () => {
    const body = (await acct.vpc.describeZones(new Vpc.DescribeZonesRequest({ regionId: REGION, acceptLanguage: 'en-US' }))).body;
    assert.ok(Array.isArray(body.zones?.zone));
    assert.ok(body.zones.zone.length >= 1);
    for (const z of body.zones.zone) {
      assert.ok(z.zoneId.startsWith('cn-hangzhou-'), z.zoneId);
      assert.ok(z.localName, `LocalName of ${z.zoneId}`);
    }
    const raw = expectRawOk(await acct.rawV1('DescribeZones', { RegionId: 'cn-shanghai' }));
    assert.ok(Array.isArray(raw.Zones?.Zone));
    for (const z of raw.Zones.Zone) assert.ok(z.ZoneId.startsWith('cn-shanghai-'), z.ZoneId);
  });

  it('DescribeZones with an unknown RegionId is 404 InvalidRegionId.NotFound', async () => {
    await expectError(acct.vpc.describeZones(new Vpc.DescribeZonesRequest({ regionId: 'xx-nowhere-9' })), { code: 'InvalidRegionId.NotFound', status: 404 });
  });
});
