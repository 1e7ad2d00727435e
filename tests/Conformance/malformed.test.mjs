// Malformed requests: missing/duplicated/ill-typed parameters, invalid UTF-8, invalid enums, garbage
// authentication headers, huge values and bodies. None may be a 500, and the server must keep serving.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectRawOk, expectRawError, is4xx, REGION } from './lib/harness.mjs';
import { prepareV1, prepareV3, send, isoSeconds, nonceHex } from './lib/signer.mjs';

const ctx = useServer();

describe('malformed parameters (signed requests)', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  const missing = [
    ['DescribeEipAddresses', {}, 'RegionId'],
    ['AllocateEipAddress', {}, 'RegionId'],
    ['ReleaseEipAddress', { RegionId: REGION }, 'AllocationId'],
    ['ModifyEipAddressAttribute', { RegionId: REGION, Name: 'x' }, 'AllocationId'],
  ];
  for (const [action, params, name] of missing) {
    it(`${action} without ${name} is 400 MissingParameter naming ${name}`, async () => {
      const body = expectRawError(await acct.rawV1(action, params), { code: 'MissingParameter', status: 400 });
      assert.match(body.Message, new RegExp(name));
      const v3 = expectRawError(await acct.rawV3(action, params), { code: 'MissingParameter', status: 400 });
      assert.match(v3.Message, new RegExp(name));
    });
  }

  it('the same parameter twice in the query is 400 InvalidParameter (V1, same or different values; V3)', async () => {
    expectRawError(await acct.rawV1('DescribeEipAddresses', [['RegionId', REGION], ['RegionId', REGION]]), { code: 'InvalidParameter', status: 400 });
    expectRawError(await acct.rawV1('DescribeEipAddresses', [['RegionId', REGION], ['PageSize', '5'], ['PageSize', '50']]), { code: 'InvalidParameter', status: 400 });
    expectRawError(await acct.rawV3('DescribeEipAddresses', [['RegionId', REGION], ['RegionId', 'cn-shanghai']]), { code: 'InvalidParameter', status: 400 });
  });

  it('a percent-escape that is not UTF-8 (Name=%FF%FE) is 400 InvalidParameter and allocates nothing', async () => {
    const acct = await ctx.harness.createAccount();
    const bad = Buffer.from([0xff, 0xfe]);
    const v1 = await acct.rawV1('AllocateEipAddress', { RegionId: REGION, Name: bad });
    expectRawError(v1, { code: 'InvalidParameter', status: 400 });
    expectRawError(await acct.rawV3('AllocateEipAddress', { RegionId: REGION, Name: bad }), { code: 'InvalidParameter', status: 400 });
    expectRawError(await acct.rawV1('DescribeEipAddresses', { RegionId: REGION, EipName: bad }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describe()).totalCount, 0);
  });

  const wrongTypes = [
    ['DescribeEipAddresses', { RegionId: REGION, PageSize: 'abc' }, 'PageSize'],
    ['DescribeEipAddresses', { RegionId: REGION, PageNumber: '1.5' }, 'PageNumber'],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: '1e9' }, 'Bandwidth'],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: '99999999999999999999' }, 'Bandwidth'],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: 'five' }, 'Bandwidth'],
    ['AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', PricingCycle: 'Month', Period: 'abc', AutoPay: 'true' }, 'Period'],
    ['AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', PricingCycle: 'Month', Period: '1', AutoPay: 'maybe' }, 'AutoPay'],
  ];
  for (const [action, params, name] of wrongTypes) {
    const [bad] = Object.entries(params).filter(([k]) => k === name).map(([, v]) => v);
    it(`${action} with ${name}=${bad} is 400 InvalidParameter naming ${name}`, async () => {
      const body = expectRawError(await acct.rawV1(action, params), { code: 'InvalidParameter', status: 400 });
      assert.match(body.Message, new RegExp(name));
    });
  }

  it('InternetChargeType=Foo is 400 InvalidParameter whose message lists PayByBandwidth and PayByTraffic', async () => {
    const body = expectRawError(await acct.rawV1('AllocateEipAddress', { RegionId: REGION, InternetChargeType: 'Foo' }), { code: 'InvalidParameter', status: 400 });
    assert.match(body.Message, /PayByBandwidth/);
    assert.match(body.Message, /PayByTraffic/);
  });

  it('InstanceChargeType=Foo and ISP=Foo are 400 InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    expectRawError(await acct.rawV1('AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'Foo' }), { code: 'InvalidParameter', status: 400 });
    expectRawError(await acct.rawV1('AllocateEipAddress', { RegionId: REGION, ISP: 'Foo' }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describe()).totalCount, 0, 'nothing was allocated by the rejected calls');
  });
});

describe('garbage authentication', () => {
  const v3Headers = () => ({
    'x-acs-action': 'DescribeEipAddresses',
    'x-acs-version': '2016-04-28',
    'x-acs-date': isoSeconds(),
    'x-acs-signature-nonce': nonceHex(),
    'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  });
  const post = (headers, query = `RegionId=${REGION}`) =>
    send({ url: `${ctx.server.baseUrl}/?${query}`, init: { method: 'POST', headers, body: '' } });

  it('Authorization: ACS3-HMAC-SHA256 garbage is a 4xx Alibaba error (RequestId, Code, Message)', async () => {
    expectRawError(await post({ ...v3Headers(), authorization: 'ACS3-HMAC-SHA256 garbage' }), { status: is4xx });
  });

  it('Authorization: ACS3-HMAC-SHA256 with an empty Credential / missing Signature is a 4xx Alibaba error', async () => {
    expectRawError(await post({ ...v3Headers(), authorization: 'ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=' }), { status: is4xx });
    expectRawError(await post({ ...v3Headers(), authorization: 'ACS3-HMAC-SHA256 Credential=abc,SignedHeaders=host;x-acs-action' }), { status: is4xx });
  });

  it('Authorization: Basic xyz is a 4xx Alibaba error', async () => {
    expectRawError(await post({ ...v3Headers(), authorization: 'Basic xyz' }), { status: is4xx });
  });

  it('no signature at all (V3 headers, no Authorization) is a 4xx Alibaba error', async () => {
    expectRawError(await post(v3Headers()), { status: is4xx });
  });

  it('a bare POST / with nothing is a 4xx Alibaba error', async () => {
    expectRawError(await send({ url: `${ctx.server.baseUrl}/`, init: { method: 'POST', body: '' } }), { status: is4xx });
    expectRawError(await send({ url: `${ctx.server.baseUrl}/`, init: { method: 'GET' } }), { status: is4xx });
  });

  it('a V1 request with AccessKeyId but no Signature is a 4xx Alibaba error', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION }, sign: false });
    expectRawError(await send(p), { status: is4xx });
  });

  it('a V1 request with an unparseable Timestamp is a 4xx Alibaba error', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION }, timestamp: 'yesterday' });
    expectRawError(await send(p), { status: is4xx });
  });

  it('a V1 request with SignatureMethod HMAC-MD5 (unsupported) is a 4xx Alibaba error', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    p.url = p.url.replace('SignatureMethod=HMAC-SHA1', 'SignatureMethod=HMAC-MD5');
    expectRawError(await send(p), { status: is4xx });
  });
});

describe('huge requests', () => {
  it('a Name of 200,000 characters in a signed POST form body is a 4xx', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV1({
      baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'AllocateEipAddress',
      params: { RegionId: REGION, Name: 'x'.repeat(200_000) }, placement: 'form',
    });
    const res = await send(p);
    assert.ok(is4xx(res.status), `HTTP ${res.status} ${res.text.slice(0, 300)}`);
    assert.equal((await acct.describe()).totalCount, 0);
  });

  it('a 2 MB form body is a 4xx', async () => {
    const body = 'Action=DescribeEipAddresses&Junk=' + 'a'.repeat(2 * 1024 * 1024);
    const res = await send({
      url: `${ctx.server.baseUrl}/`,
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body },
    });
    assert.ok(is4xx(res.status), `HTTP ${res.status} ${res.text.slice(0, 300)}`);
  });

  it('a 2 MB body on a signed V3 request is a 4xx', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV3({
      baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION },
      body: Buffer.alloc(2 * 1024 * 1024, 0x61), contentType: 'application/octet-stream',
    });
    const res = await send(p);
    assert.ok(is4xx(res.status), `HTTP ${res.status} ${res.text.slice(0, 300)}`);
  });
});

describe('after the malformed requests', () => {
  it('the server still answers /healthz and normal calls', async () => {
    const res = await fetch(`${ctx.server.baseUrl}/healthz`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    assert.ok(await acct.describeOne(allocationId));
    expectRawOk(await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }));
    assert.ok(ctx.server.isRunning());
  });
});
