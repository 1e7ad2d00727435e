// Requests shaped as Terraform's alicloud provider sends them (tea-rpc `client.RpcPost`, research
// terraform-eip.md §1.2): POST /, the common parameters plus the call's `query` map in the URL (ids:
// AllocationId, InstanceId, ResourceId), every other parameter in an application/x-www-form-urlencoded body
// (lists flattened as Key.1, Key.2, …), V1 HMAC-SHA1 over query ∪ body, Format=json in lower case,
// x-acs-action/x-acs-version headers. Also the provider's ClientToken shape and how it reads answers.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { isoSeconds, nonceHex, send, toPairs, v1Signature, wireQuery } from './signer.mjs';

/** Flattens a tea-rpc body map: arrays become Key.1…N, objects Key.Sub, null/undefined are dropped. */
export function flatten(map, prefix = '') {
  const out = [];
  for (const [key, value] of Object.entries(map ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v, i) => out.push(...(typeof v === 'object' ? flatten(v, `${name}.${i + 1}`) : [[`${name}.${i + 1}`, String(v)]])));
    else if (typeof value === 'object') out.push(...flatten(value, name));
    else out.push([name, String(value)]);
  }
  return out;
}

/** The provider's buildClientToken: TF-<Action>-<unix seconds>-<uuid>, cut at 64 characters. */
export function clientToken(action) {
  return `TF-${action}-${Math.floor(Date.now() / 1000)}-${randomUUID()}`.slice(0, 64);
}

/** One RpcPost("Vpc", "2016-04-28", action, query, body). Returns send()'s {status, json, text}. */
export function rpcPost(server, cred, action, { query = {}, body = {}, version = '2016-04-28' } = {}) {
  const common = [
    ['Action', action], ['Format', 'json'], ['Timestamp', isoSeconds()], ['Version', version],
    ['SignatureNonce', nonceHex(16)], ['SignatureMethod', 'HMAC-SHA1'], ['SignatureVersion', '1.0'],
    ['AccessKeyId', cred.accessKeyId],
  ];
  const queryPairs = toPairs(flatten(query));
  const bodyPairs = toPairs(flatten(body));
  const signature = v1Signature('POST', [...common, ...queryPairs, ...bodyPairs], cred.accessKeySecret);
  return send({
    url: `${server.baseUrl}/?${wireQuery([...common, ...queryPairs, ['Signature', signature]])}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-acs-action': action, 'x-acs-version': version },
      body: wireQuery(bodyPairs),
    },
  });
}

/** An RpcPost that must succeed; returns the JSON body (an object, as tea-utils AssertAsMap needs). */
export async function rpcOk(server, cred, action, shape) {
  const res = await rpcPost(server, cred, action, shape);
  assert.equal(res.status, 200, `${action}: HTTP ${res.status} ${res.text.slice(0, 1000)}`);
  assert.ok(res.json && typeof res.json === 'object' && !Array.isArray(res.json), `${action}: a JSON object: ${res.text.slice(0, 500)}`);
  assert.ok(!('Code' in res.json) && !('Success' in res.json && res.json.Success !== 'true' && res.json.Success !== true), `${action}: formatError would turn this 200 into an error: ${res.text.slice(0, 500)}`);
  return res.json;
}

/**
 * EipServiceV2.DescribeEipAddress / DescribeEipAssociation: DescribeEipAddresses with AllocationId and RegionId
 * in the query and an empty body; `$.EipAddresses.EipAddress[*]` must be an array of objects.
 */
export async function describeEip(server, cred, regionId, allocationId) {
  const body = await rpcOk(server, cred, 'DescribeEipAddresses', { query: { AllocationId: allocationId, RegionId: regionId } });
  assert.ok(Array.isArray(body.EipAddresses?.EipAddress), `EipAddresses.EipAddress must be an array: ${JSON.stringify(body)}`);
  for (const item of body.EipAddresses.EipAddress) assert.ok(item && typeof item === 'object' && !Array.isArray(item));
  return body.EipAddresses.EipAddress;
}
