// Checks the suite's own signer (lib/signer.mjs) against the worked examples of wire-protocol.md
// §2.3 (V3) and §2.4 (V1), and against the official SDKs' signing code. No server needed.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  enc, canonicalQuery, v1StringToSign, v1Signature, v3Authorization, prepareV1, prepareV3,
} from './lib/signer.mjs';

const require = createRequire(import.meta.url);

describe('signer self-check (wire-protocol.md worked examples)', () => {
  it('RFC 3986 encoding: space→%20, *→%2A, ~ literal, UTF-8 bytes upper-case hex', () => {
    assert.equal(enc('a b*~!()\''), 'a%20b%2A~%21%28%29%27');
    assert.equal(enc('测'), '%E6%B5%8B');
    assert.equal(enc('-_.~AZaz09'), '-_.~AZaz09');
    assert.equal(enc(Buffer.from([0xff, 0xfe])), '%FF%FE');
  });

  it('§2.3 V3 ACS3-HMAC-SHA256 worked example: canonical request, string to sign, Authorization', () => {
    const wire = 'RegionId=cn-hangzhou&AllocationId=eip-123&InstanceId=i-abc&InstanceType=EcsInstance&Name=a%20b*';
    const pairs = wire.split('&').map((kv) => kv.split('=').map((s) => decodeURIComponent(s.replace(/\+/g, ' '))));
    const headers = {
      host: '127.0.0.1:18080',
      'x-acs-action': 'AssociateEipAddress',
      'x-acs-version': '2016-04-28',
      'x-acs-date': '2024-01-01T00:00:00Z',
      'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    };
    const r = v3Authorization({ method: 'POST', pairs, headers, accessKeyId: 'testid', secret: 'testsecret' });
    assert.equal(r.canonicalRequest, [
      'POST',
      '/',
      'AllocationId=eip-123&InstanceId=i-abc&InstanceType=EcsInstance&Name=a%20b%2A&RegionId=cn-hangzhou',
      'host:127.0.0.1:18080',
      'x-acs-action:AssociateEipAddress',
      'x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-acs-date:2024-01-01T00:00:00Z',
      'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
      'x-acs-version:2016-04-28',
      '',
      'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ].join('\n'));
    assert.equal(r.stringToSign, 'ACS3-HMAC-SHA256\n0a70703b8be5f416484e311bf2a130801e5422cc6bb769c55d556591d5e26e0c');
    assert.equal(r.authorization,
      'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;' +
      'x-acs-signature-nonce;x-acs-version,Signature=495b7729670cae1fac305dd94ed7cab72bcbbaf01c1f383697bd72a4ee4de377');
  });

  it('§2.4 V1 HMAC-SHA1 worked example: string to sign and signature for POST and GET', () => {
    const pairs = Object.entries({
      AccessKeyId: 'testid', Action: 'AssociateEipAddress', AllocationId: 'eip-123', Format: 'json',
      InstanceId: 'i-abc', InstanceType: 'EcsInstance', Name: 'a b*', RegionId: 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1', SignatureNonce: '3156853299f313e23d1673dc12e1703d', SignatureVersion: '1.0',
      Timestamp: '2024-01-01T00:00:00Z', Version: '2016-04-28',
    });
    assert.equal(v1StringToSign('POST', pairs),
      'POST&%2F&AccessKeyId%3Dtestid%26Action%3DAssociateEipAddress%26AllocationId%3Deip-123%26Format%3Djson' +
      '%26InstanceId%3Di-abc%26InstanceType%3DEcsInstance%26Name%3Da%2520b%252A%26RegionId%3Dcn-hangzhou' +
      '%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3156853299f313e23d1673dc12e1703d%26SignatureVersion' +
      '%3D1.0%26Timestamp%3D2024-01-01T00%253A00%253A00Z%26Version%3D2016-04-28');
    assert.equal(v1Signature('POST', pairs, 'testsecret'), 'okw5M8mFZb9SsHaf3AEPwrRaAYw=');
    assert.equal(v1Signature('GET', pairs, 'testsecret'), '9GWYm69PJw7JMMy+KiwPZpHaA2k=');
  });

  it('canonical query sorts by key in byte order and keeps repeated keys', () => {
    assert.equal(canonicalQuery([['b', '1'], ['B', '2'], ['a', 'x y'], ['b', '0']]), 'B=2&a=x%20y&b=1&b=0');
  });

  it('V1 signature agrees with the official openapi-core getRPCSignature for a UTF-8 value', () => {
    const { OpenApiUtil } = require('@alicloud/openapi-core');
    const params = { Action: 'AllocateEipAddress', Name: '测试 eip (test)*~!', RegionId: 'cn-hangzhou', Format: 'json' };
    const sdk = OpenApiUtil.getRPCSignature(params, 'POST', 'secret-x');
    assert.equal(v1Signature('POST', Object.entries(params), 'secret-x'), sdk);
  });

  it('V3 Authorization agrees with the official openapi-core getAuthorization for a UTF-8 value', () => {
    const { OpenApiUtil } = require('@alicloud/openapi-core');
    const query = { RegionId: 'cn-hangzhou', Name: '测试 eip (test)*~!', Description: '' };
    const headers = {
      host: '127.0.0.1:1', 'x-acs-action': 'AllocateEipAddress', 'x-acs-version': '2016-04-28',
      'x-acs-date': '2024-01-01T00:00:00Z', 'x-acs-signature-nonce': 'ab'.repeat(32),
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    };
    const req = { method: 'POST', pathname: '/', query, headers: { ...headers } };
    const sdk = OpenApiUtil.getAuthorization(req, 'ACS3-HMAC-SHA256', headers['x-acs-content-sha256'], 'id1', 'secret-y');
    const mine = v3Authorization({ method: 'POST', pairs: Object.entries(query), headers, accessKeyId: 'id1', secret: 'secret-y' });
    assert.equal(mine.authorization, sdk);
  });

  it('prepareV1 and prepareV3 put parameters where the SDKs put them', () => {
    const v1q = prepareV1({ baseUrl: 'http://h:1', accessKeyId: 'a', secret: 's', action: 'X', params: { Name: 'a b' } });
    assert.match(v1q.url, /^http:\/\/h:1\/\?Action=X&Version=2016-04-28&.*Name=a%20b&Signature=/);
    const v1f = prepareV1({ baseUrl: 'http://h:1', accessKeyId: 'a', secret: 's', action: 'X', placement: 'form' });
    assert.equal(v1f.url, 'http://h:1/');
    assert.match(v1f.init.body, /Signature=/);
    const v3 = prepareV3({ baseUrl: 'http://h:1', accessKeyId: 'a', secret: 's', action: 'X', params: { A: '1' } });
    assert.equal(v3.url, 'http://h:1/?A=1');
    assert.match(v3.init.headers.authorization, /^ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host;x-acs-action;/);
  });
});
