// Raw signed requests (the suite's own signer, checked in signer.test.mjs): acceptance, replay
// protection (nonces) and timestamp windows, for V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256).

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectRawOk, expectRawError, is4xx, REGION } from './lib/harness.mjs';
import { prepareV1, prepareV3, send, isoSeconds, v3Authorization, sha256Hex, nonceHex } from './lib/signer.mjs';

const ctx = useServer();

describe('raw signed requests', () => {
  let acct;
  let base;
  before(async () => {
    acct = await ctx.harness.createAccount();
    base = { baseUrl: ctx.server.baseUrl, ...acct.credRaw };
  });

  it('a V1 request signed by the test signer is accepted: POST with query, GET with query, POST with form body', async () => {
    for (const [method, placement] of [['POST', 'query'], ['GET', 'query'], ['POST', 'form']]) {
      const res = await send(prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, method, placement }));
      const body = expectRawOk(res);
      assert.ok(Array.isArray(body.EipAddresses?.EipAddress), `${method} ${placement}`);
    }
  });

  it('a V3 request signed by the test signer is accepted', async () => {
    const body = expectRawOk(await send(prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION, Name: 'a b*' } })));
    assert.ok(Array.isArray(body.EipAddresses?.EipAddress));
  });

  it('a V1 parameter changed after signing is 400 SignatureDoesNotMatch', async () => {
    const p = prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION, PageSize: '10' } });
    p.url = p.url.replace('PageSize=10', 'PageSize=11');
    expectRawError(await send(p), { code: 'SignatureDoesNotMatch', status: 400 });
  });

  it('a V3 parameter changed after signing is 400 SignatureDoesNotMatch', async () => {
    const p = prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION, PageSize: '10' } });
    p.url = p.url.replace('PageSize=10', 'PageSize=11');
    expectRawError(await send(p), { code: 'SignatureDoesNotMatch', status: 400 });
  });

  it('a V1 request signed for GET but sent as POST is 400 SignatureDoesNotMatch', async () => {
    const p = prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, method: 'GET' });
    p.init.method = 'POST';
    expectRawError(await send(p), { code: 'SignatureDoesNotMatch', status: 400 });
  });
});

describe('replay protection', () => {
  let acct;
  let base;
  before(async () => {
    acct = await ctx.harness.createAccount();
    base = { baseUrl: ctx.server.baseUrl, ...acct.credRaw };
  });

  it('the same signed V1 request sent twice: the second is 400 SignatureNonceUsed', async () => {
    const p = prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    expectRawOk(await send(p));
    expectRawError(await send(p), { code: 'SignatureNonceUsed', status: 400 });
  });

  it('the same signed V1 form-body (pop-core POST style) request sent twice: the second is 400 SignatureNonceUsed', async () => {
    const p = prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, placement: 'form' });
    expectRawOk(await send(p));
    expectRawError(await send(p), { code: 'SignatureNonceUsed', status: 400 });
  });

  it('the same signed V3 request sent twice: the second is 400 SignatureNonceUsed', async () => {
    const p = prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    expectRawOk(await send(p));
    expectRawError(await send(p), { code: 'SignatureNonceUsed', status: 400 });
  });

  it('a replayed AllocateEipAddress does not allocate a second EIP', async () => {
    const fresh = await ctx.harness.createAccount();
    const p = prepareV3({ baseUrl: ctx.server.baseUrl, ...fresh.credRaw, action: 'AllocateEipAddress', params: { RegionId: REGION } });
    expectRawOk(await send(p));
    expectRawError(await send(p), { code: 'SignatureNonceUsed', status: 400 });
    assert.equal((await fresh.describe()).totalCount, 1);
  });
});

describe('timestamps', () => {
  let acct;
  let base;
  before(async () => {
    acct = await ctx.harness.createAccount();
    base = { baseUrl: ctx.server.baseUrl, ...acct.credRaw };
  });
  const minutesAgo = (m) => isoSeconds(new Date(Date.now() - m * 60_000));

  it('V1 Timestamp 20 minutes old is 400 InvalidTimeStamp.Expired', async () => {
    const p = prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, timestamp: minutesAgo(20) });
    expectRawError(await send(p), { code: 'InvalidTimeStamp.Expired', status: 400 });
  });

  it('V3 x-acs-date 20 minutes old is 400 InvalidTimeStamp.Expired', async () => {
    const p = prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, date: minutesAgo(20) });
    expectRawError(await send(p), { code: 'InvalidTimeStamp.Expired', status: 400 });
  });

  it('a timestamp 20 minutes in the future is outside the 15-minute window: 400 Alibaba error (V1 and V3)', async () => {
    const future = isoSeconds(new Date(Date.now() + 20 * 60_000));
    expectRawError(await send(prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, timestamp: future })), { status: 400 });
    expectRawError(await send(prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, date: future })), { status: 400 });
  });

  it('a timestamp 10 minutes old is inside the 15-minute window and accepted (V1 and V3)', async () => {
    expectRawOk(await send(prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, timestamp: minutesAgo(10) })));
    expectRawOk(await send(prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION }, date: minutesAgo(10) })));
  });

  it('the business clock (AdvanceClock) does not affect signature timestamps', async () => {
    await ctx.harness.advanceClock(3600);
    expectRawOk(await send(prepareV1({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION } })));
    expectRawOk(await send(prepareV3({ ...base, action: 'DescribeEipAddresses', params: { RegionId: REGION } })));
    assert.equal((await acct.describe()).totalCount, 0);
  });
});

describe('V3 header policy', () => {
  it('a V3 request whose SignedHeaders leave out x-acs-signature-nonce is refused with a 4xx Alibaba error', async () => {
    const acct = await ctx.harness.createAccount();
    const headers = {
      host: new URL(ctx.server.baseUrl).host,
      'x-acs-action': 'DescribeEipAddresses',
      'x-acs-version': '2016-04-28',
      'x-acs-date': isoSeconds(),
      'x-acs-content-sha256': sha256Hex(''),
    };
    const pairs = [['RegionId', REGION]];
    const { authorization } = v3Authorization({ method: 'POST', pairs, headers, ...acct.credRaw });
    const sendHeaders = { ...headers, 'x-acs-signature-nonce': nonceHex(), authorization };
    delete sendHeaders.host;
    const res = await send({ url: `${ctx.server.baseUrl}/?RegionId=${REGION}`, init: { method: 'POST', headers: sendHeaders, body: '' } });
    expectRawError(res, { status: is4xx });
  });

  it('a V3 x-acs-content-sha256 that does not match the body is refused with a 4xx Alibaba error', async () => {
    const acct = await ctx.harness.createAccount();
    const p = prepareV3({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    p.init.body = Buffer.from('unexpected body');
    expectRawError(await send(p), { status: is4xx });
  });
});
