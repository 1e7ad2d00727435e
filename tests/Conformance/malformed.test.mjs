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

describe('odd but signed requests never produce a 5xx', () => {
  let acct;
  let eip;
  before(async () => {
    acct = await ctx.harness.createAccount();
    eip = await acct.allocate();
  });

  const odd = [
    ['DescribeEipAddresses', { RegionId: REGION, 'Tag.0.Key': 'a', 'Tag.0.Value': 'b' }],
    ['DescribeEipAddresses', { RegionId: REGION, 'Tag.99999999999999999999.Key': 'a' }],
    ['DescribeEipAddresses', { RegionId: REGION, 'Tag.x.Key': 'a' }],
    ['DescribeEipAddresses', { RegionId: REGION, 'Tag.1.Value': 'value-without-key' }],
    ['DescribeEipAddresses', { RegionId: REGION, PageNumber: '99999999999' }],
    ['DescribeEipAddresses', { RegionId: REGION, PageNumber: '0' }],
    ['DescribeEipAddresses', { RegionId: REGION, PageNumber: '-1' }],
    ['DescribeEipAddresses', { RegionId: REGION, PageSize: '0' }],
    ['DescribeEipAddresses', { RegionId: REGION, PageSize: '-5' }],
    ['DescribeEipAddresses', { RegionId: REGION, AllocationId: ','.repeat(1000) }],
    ['DescribeEipAddresses', { RegionId: REGION, AllocationId: Array.from({ length: 500 }, (_, i) => `eip-${i}`).join(',') }],
    ['DescribeEipAddresses', { RegionId: '../../etc/passwd' }],
    ['DescribeEipAddresses', { RegionId: REGION, EipName: "x' OR '1'='1" }],
    ['DescribeEipAddresses', { RegionId: REGION, EipName: '%_%' }],
    ['DescribeEipAddresses', { RegionId: REGION, 'Filter.1.Key': 'CreationStartTime', 'Filter.1.Value': 'not-a-time' }],
    ['DescribeEipAddresses', { RegionId: REGION, Status: 'NoSuchStatus' }],
    ['AllocateEipAddress', { RegionId: REGION, Name: 'nul\u0000byte' }],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: '-1' }],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: ' 5 ' }],
    ['AllocateEipAddress', { RegionId: REGION, Bandwidth: '' }],
    ['AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', PricingCycle: 'Month', Period: '0', AutoPay: 'true' }],
    ['AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', PricingCycle: 'Month', Period: '99999999999', AutoPay: 'true' }],
    ['AllocateEipAddress', { RegionId: REGION, InstanceChargeType: 'PrePaid', PricingCycle: 'Decade', Period: '1', AutoPay: 'true' }],
    ['AllocateEipAddress', { RegionId: REGION, IpAddress: 'not-an-ip' }],
    ['AllocateEipAddress', { RegionId: REGION, IpAddress: '999.1.1.1' }],
    ['AllocateEipAddress', { RegionId: REGION, InstanceId: 'eip-../../x' }],
    ['AllocateEipAddress', { RegionId: REGION, 'Tag.1.Key': '', 'Tag.1.Value': 'v' }],
    ['AllocateEipAddress', { RegionId: REGION, 'SecurityProtectionTypes.1': 'NoSuchProtection' }],
    ['ModifyEipAddressAttribute', { RegionId: REGION, AllocationId: '' }],
    ['ReleaseEipAddress', { RegionId: REGION, AllocationId: 'eip-' + 'z'.repeat(5000) }],
    ['TagResources', { RegionId: REGION, ResourceType: 'EIP' }],
    ['TagResources', { RegionId: REGION, ResourceType: 'NoSuchType', 'ResourceId.1': 'x', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }],
    ['ListTagResources', { RegionId: REGION, ResourceType: 'EIP' }],
    ['ListTagResources', { RegionId: REGION, ResourceType: 'EIP', NextToken: 'garbage-token', 'ResourceId.1': 'eip-x' }],
    ['UnTagResources', { RegionId: REGION, ResourceType: 'EIP', 'ResourceId.1': 'eip-x' }],
    ['DeletionProtection', { RegionId: REGION, InstanceId: 'eip-x', ProtectionEnable: 'perhaps', Type: 'EIP' }],
    ['DeletionProtection', { RegionId: REGION, ProtectionEnable: 'true', Type: 'EIP' }],
    ['DescribeZones', {}],
    ['DescribeRegions', { AcceptLanguage: 'xx-YY' }],
  ];
  for (const [action, params] of odd) {
    const shown = JSON.stringify(params).slice(0, 140);
    it(`${action} ${shown}: no 5xx; an error is an Alibaba error body`, async () => {
      for (const send_ of [() => acct.rawV1(action, params), () => acct.rawV3(action, params)]) {
        const res = await send_();
        assert.ok(res.status < 500, `HTTP ${res.status} ${res.text.slice(0, 500)}`);
        if (res.status >= 400) expectRawError(res, { status: is4xx });
        else expectRawOk(res);
      }
    });
  }

  it('a page far past the end (PageNumber 2147483647, PageSize 100) is empty or 400 InvalidParameter, never items of another page', async () => {
    for (const pageNumber of ['2147483647', '21474837', '4294967297']) {
      const res = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION, PageNumber: pageNumber, PageSize: '100' });
      if (res.status === 200) {
        assert.deepEqual(res.json.EipAddresses.EipAddress, [], `PageNumber=${pageNumber}: ${res.text.slice(0, 300)}`);
      } else {
        expectRawError(res, { code: 'InvalidParameter', status: 400 });
      }
    }
  });

  it('the odd requests left the EIP of this account as it was', async () => {
    const item = await acct.describeOne(eip.allocationId);
    assert.equal(item.status, 'Available');
    assert.equal(item.bandwidth, '5');
    assert.equal(item.deletionProtection, false);
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

  it('signed V1 requests with method PUT or DELETE, or on a path other than /, are a 4xx (never 5xx)', async () => {
    const acct = await ctx.harness.createAccount();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION }, method });
      const res = await send(p);
      assert.ok(is4xx(res.status), `${method}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    }
    const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    p.url = p.url.replace(`${ctx.server.baseUrl}/?`, `${ctx.server.baseUrl}/some/where?`);
    const res = await send(p);
    assert.ok(is4xx(res.status), `/some/where: HTTP ${res.status} ${res.text.slice(0, 300)}`);
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

  it('a 2 MB chunked body (no Content-Length) is a 4xx', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent >= 2 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    let status;
    try {
      const res = await fetch(`${ctx.server.baseUrl}/`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream, duplex: 'half',
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      await res.arrayBuffer();
    } catch (err) {
      // The server may answer and close the connection before the whole body was sent.
      assert.ok(/other side closed|ECONNRESET|EPIPE|socket/i.test(String(err?.cause?.message ?? err?.message)), String(err?.cause ?? err));
      return;
    }
    assert.ok(is4xx(status), `HTTP ${status}`);
  });

  it('a form body with 20,000 parameters is not a 5xx', async () => {
    const acct = await ctx.harness.createAccount();
    const params = [['RegionId', REGION]];
    for (let i = 1; i <= 20_000; i++) params.push([`Tag.${i}.Key`, `k${i}`]);
    const p = prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params, placement: 'form' });
    const res = await send(p);
    assert.ok(res.status < 500, `HTTP ${res.status} ${res.text.slice(0, 300)}`);
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
