// Hostile input that used to cause a 500 (issue 8): each request gets an Alibaba error (status, Code,
// Message, RequestId) and leaves no error-level log line ("fail:") or stack trace behind. Requests are
// sent over raw sockets where the HTTP itself is broken (slow bodies, bad request lines, huge URLs).

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { useServer, expectRawError, REGION } from './lib/harness.mjs';
import { ecsClient, Ecs } from './lib/lab.mjs';
import { prepareV1, prepareV3, send, isoSeconds, nonceHex } from './lib/signer.mjs';

const ctx = useServer();

/** Sends raw bytes, returns the whole answer (the server closes, or the first full response arrives). */
function rawHttp(port, chunks, { timeoutMs = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => { socket.destroy(); reject(new Error(`no answer within ${timeoutMs} ms: ${data}`)); }, timeoutMs);
    socket.on('data', (d) => {
      data = Buffer.concat([data, d]);
      const parsed = parseResponse(data);
      if (parsed?.complete) { clearTimeout(timer); socket.destroy(); resolve(parsed); }
    });
    socket.on('end', () => { clearTimeout(timer); resolve(parseResponse(data) ?? { raw: data.toString() }); });
    socket.on('error', (err) => { clearTimeout(timer); reject(err); });
    socket.on('connect', () => { for (const c of chunks) socket.write(c); });
  });
}

function parseResponse(buffer) {
  const text = buffer.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  let body = buffer.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
  let complete;
  if (headers['content-length'] !== undefined) {
    complete = body.length >= Number(headers['content-length']);
  } else if (headers['transfer-encoding'] === 'chunked') {
    complete = body.toString('latin1').endsWith('0\r\n\r\n');
    if (complete) body = Buffer.from(dechunk(body.toString('latin1')), 'latin1');
  } else {
    complete = false;
  }
  return { status: Number(statusLine.split(' ')[1]), headers, text: body.toString('utf8'), complete };
}

function dechunk(text) {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    const size = parseInt(text.slice(at, lineEnd), 16);
    if (!size) return out;
    out += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

function assertAlibabaError(res, status, code) {
  assert.equal(res.status, status, `HTTP ${res.status}: ${res.text?.slice(0, 300)}`);
  const body = JSON.parse(res.text);
  assert.equal(body.Code, code);
  assert.ok(body.Message?.length > 0, 'Message');
  assert.match(body.RequestId, /^[0-9A-F-]{36}$/, 'RequestId');
  return body;
}

function assertNoErrorLog() {
  const log = ctx.server.log();
  assert.ok(!/\bfail:|Unhandled exception|   at /.test(log), `the server logged an error:\n${log.slice(-3000)}`);
}

describe('authentication headers', () => {
  it('a V3 SignedHeaders naming a header twice (no valid key needed) is 400 IncompleteSignature, not a 500', async () => {
    const p = prepareV3({ baseUrl: ctx.server.baseUrl, accessKeyId: 'LTAInobody000000000000', secret: 'x', action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    for (const twice of ['host;host', 'x-acs-date;X-ACS-DATE']) {
      const headers = { ...p.init.headers };
      headers.authorization = headers.authorization.replace('SignedHeaders=', `SignedHeaders=${twice};`);
      const res = await send({ url: p.url, init: { ...p.init, headers } });
      assert.equal(res.status, 400, res.text);
      assert.equal(res.json.Code, 'IncompleteSignature');
    }
    assertNoErrorLog();
  });
});

describe('control characters', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('a Name, Description or tag holding U+0001 is refused with InvalidParameter naming it, and nothing is stored', async () => {
    const refused = [
      ['AllocateEipAddress', { RegionId: REGION, Name: 'a\u0001b' }, 'Name'],
      ['AllocateEipAddress', { RegionId: REGION, Description: 'line\nbreak' }, 'Description'],
      ['AllocateEipAddress', { RegionId: REGION, 'Tag.1.Key': 'k', 'Tag.1.Value': 'v\u007f' }, 'Tag.1.Value'],
    ];
    for (const [action, params, name] of refused) {
      const body = expectRawError(await acct.rawV1(action, params), { code: 'InvalidParameter', status: 400 });
      assert.match(body.Message, new RegExp(name.replace('.', '\\.')));
    }
    assert.equal((await acct.describe()).totalCount, 0);
    const { allocationId } = await acct.allocate({ name: 'fine' });
    expectRawError(await acct.rawV1('ModifyEipAddressAttribute', { RegionId: REGION, AllocationId: allocationId, Description: 'x\u0000y' }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describeOne(allocationId)).description, '');
  });

  it('Format=XML with a control character in an echoed value is an XML error, not a 500', async () => {
    for (const value of ['\u0001', 'a\u001fb', '\uffff']) {
      const res = await acct.rawV1('DescribeEipAddresses', { RegionId: value }, { format: 'XML' });
      assert.equal(res.status, 400, res.text);
      assert.match(res.headers.get('content-type'), /xml/);
      assert.match(res.text, /<Code>InvalidParameter<\/Code>/);
      assert.match(res.text, /<RequestId>[0-9A-F-]{36}<\/RequestId>/);
    }
    const xml = await acct.rawV1('DescribeEipAddresses', { RegionId: REGION }, { format: 'XML' });
    assert.equal(xml.status, 200, xml.text);
    assertNoErrorLog();
  });
});

describe('JSON-array parameters', () => {
  it('InstanceIds=[null] and SecurityGroupIds=[null] are 400 InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    const ecs = ecsClient(ctx.server, acct.cred);
    for (const call of [
      () => ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: '[null]' })),
      () => ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: '["i-1",null]' })),
      () => ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, securityGroupIds: '[null]' })),
    ]) {
      await assert.rejects(call, (err) => err.code === 'InvalidParameter' && err.statusCode === 400);
    }
    assertNoErrorLog();
  });
});

describe('requests the web server refuses', () => {
  it('a body slower than the minimum data rate (Content-Length larger than what arrives) is 408 RequestTimeout, not logged as an error', async () => {
    const res = await rawHttp(ctx.server.port, [
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nAction=Des',
    ]);
    assertAlibabaError(res, 408, 'RequestTimeout');
    assertNoErrorLog();
  });

  for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
    it(`${method} / is 405 UnsupportedHTTPMethod with an Alibaba body and Allow: GET, POST`, async () => {
      const res = await fetch(`${ctx.server.baseUrl}/`, { method });
      const body = await res.text();
      assertAlibabaError({ status: res.status, text: body }, 405, 'UnsupportedHTTPMethod');
      assert.equal(res.headers.get('allow'), 'GET, POST');
    });
  }

  it('HEAD / is 405 too (a HEAD answer has no body)', async () => {
    const res = await fetch(`${ctx.server.baseUrl}/`, { method: 'HEAD' });
    assert.equal(res.status, 405);
  });

  it('another path is 404 InvalidAction.NotFound with an Alibaba body', async () => {
    for (const path of ['/nope', '/favicon.ico', '/a/b/c?Action=DescribeRegions']) {
      const res = await fetch(`${ctx.server.baseUrl}${path}`, { method: 'POST' });
      assertAlibabaError({ status: res.status, text: await res.text() }, 404, 'InvalidAction.NotFound');
    }
  });

  it('a URL longer than the request-line limit is 414 RequestURITooLong with an Alibaba body', async () => {
    const res = await rawHttp(ctx.server.port, [`GET /?Junk=${'a'.repeat(200_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]);
    assertAlibabaError(res, 414, 'RequestURITooLong');
  });

  it('a request line or header that is not HTTP is 400 MalformedRequest with an Alibaba body', async () => {
    for (const line of ['GARBAGE\r\n\r\n', 'GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n', 'GET  / HTTP/1.1\r\nHost: x\r\n\r\n', 'GET / HTTP/1.1\r\nBad Header\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n']) {
      const res = await rawHttp(ctx.server.port, [line]);
      assertAlibabaError(res, 400, 'MalformedRequest');
    }
  });

  it('an HTTP version other than 1.x is 505 HttpVersionNotSupported with an Alibaba body', async () => {
    assertAlibabaError(await rawHttp(ctx.server.port, ['GET / HTTP/9.9\r\nHost: x\r\n\r\n']), 505, 'HttpVersionNotSupported');
  });

  it('headers over the limit are 431 RequestHeaderFieldsTooLarge with an Alibaba body', async () => {
    const res = await rawHttp(ctx.server.port, [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(200_000)}\r\n\r\n`]);
    assertAlibabaError(res, 431, 'RequestHeaderFieldsTooLarge');
  });

  it('after all of it the server answers normally and logged no error', async () => {
    const acct = await ctx.harness.createAccount();
    const res = await acct.rawV3('DescribeEipAddresses', { RegionId: REGION });
    assert.equal(res.status, 200, res.text);
    const v1 = await send(prepareV1({ baseUrl: ctx.server.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION }, timestamp: isoSeconds(), nonce: nonceHex() }));
    assert.equal(v1.status, 200, v1.text);
    assertNoErrorLog();
  });
});
