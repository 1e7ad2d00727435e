// Calls and reads the way Terraform's alicloud provider makes them (see the research notes on
// terraform-provider-alicloud): a tea-rpc V1 POST with the common parameters (and, for the generated
// "V2" code, some ids) in the URL query and the business parameters form-encoded in the body; and
// readers that take each response apart as the provider's Go code does. Every Go type assertion
// without comma-ok is an assert here: where the provider would panic, the test fails.
import assert from 'node:assert/strict';
import { isoSeconds, nonceHex, send, toPairs, v1Signature, wireQuery } from './signer.mjs';

export const VPC = '2016-04-28';
export const ECS = '2014-05-26';

/** An Alibaba error as tea-rpc surfaces it: the HTTP status and the body's Code. */
export class TfError extends Error {
  constructor(status, body) {
    super(`HTTP ${status} ${body?.Code}: ${body?.Message}`);
    this.status = status;
    this.code = body?.Code;
    this.body = body;
  }
}

/**
 * One RpcPost: `params` go in the form body, `query` (ids the V2 code puts there) in the URL with the
 * common parameters. Resolves with the JSON body of a 200; rejects with a TfError otherwise. Like
 * formatError, a 200 body that carries a Code is a failure.
 */
export async function rpcPost(acct, version, action, params = {}, query = {}) {
  const common = toPairs({
    Action: action, Format: 'json', Version: version, AccessKeyId: acct.accessKeyId,
    SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: nonceHex(), Timestamp: isoSeconds(), ...query,
  });
  const body = toPairs(params);
  const signature = v1Signature('POST', [...common, ...body], acct.accessKeySecret);
  const res = await send({
    url: `${acct.server.baseUrl}/?${wireQuery([...common, ['Signature', signature]])}`,
    init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: wireQuery(body) },
  });
  assert.ok(res.json && typeof res.json === 'object' && !Array.isArray(res.json), `${action}: the body must be a JSON object: ${res.text.slice(0, 500)}`);
  if (res.status !== 200) throw new TfError(res.status, res.json);
  assert.equal(res.json.Code, undefined, `${action}: a success body carries no Code (formatError would fail it): ${res.text.slice(0, 500)}`);
  return res.json;
}

/** The provider's Delete/Read treat these codes as "gone"; anything else fails the call. */
export async function rpcPostExpectingError(acct, version, action, params = {}, query = {}) {
  try {
    const body = await rpcPost(acct, version, action, params, query);
    assert.fail(`${action} succeeded: ${JSON.stringify(body)}`);
  } catch (err) {
    if (!(err instanceof TfError)) throw err;
    return err;
  }
}

/** Flattens Tag.N.Key/Value as rpcutil.Query does. */
export function tagParams(tags, prefix = 'Tag') {
  const out = {};
  Object.entries(tags).forEach(([k, v], i) => {
    out[`${prefix}.${i + 1}.Key`] = k;
    out[`${prefix}.${i + 1}.Value`] = v;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Go's view of JSON: assertions that panic when the shape is wrong

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** v.(map[string]interface{}) */
export function asObject(v, what) {
  assert.ok(isObject(v), `${what} must be a JSON object (Go asserts map[string]interface{}), got ${JSON.stringify(v)}`);
  return v;
}

/** v.([]interface{}) */
export function asArray(v, what) {
  assert.ok(Array.isArray(v), `${what} must be a JSON array (Go asserts []interface{}), got ${JSON.stringify(v)}`);
  return v;
}

/** v.(string) */
export function asString(v, what) {
  assert.equal(typeof v, 'string', `${what} must be a JSON string (Go asserts string), got ${JSON.stringify(v)}`);
  return v;
}

/** v.(bool) */
export function asBool(v, what) {
  assert.equal(typeof v, 'boolean', `${what} must be a JSON boolean (Go asserts bool), got ${JSON.stringify(v)}`);
  return v;
}

/** formatInt: nil → 0, a number or a numeric string → int; anything else panics. */
export function formatInt(v, what) {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return Math.trunc(v);
  assert.ok(typeof v === 'string' && /^-?\d+$/.test(v), `${what} must be absent, a number or a numeric string (formatInt panics), got ${JSON.stringify(v)}`);
  return Number(v);
}

/** "If the key is present, it is asserted to be an object" (AccessMode, Attachment): absent is fine, null panics. */
export function optionalObject(parent, key, what) {
  if (!(key in parent)) return undefined;
  return asObject(parent[key], what);
}

/** tagsToMap: a nil list is fine; each item an object whose TagKey (or Key) is a string. */
export function tagsToMap(list, what = 'tags') {
  if (list === undefined || list === null) return {};
  const out = {};
  for (const item of asArray(list, what)) {
    const obj = asObject(item, `${what}[]`);
    const key = asString(obj.TagKey ?? obj.Key, `${what}[].TagKey`);
    out[key] = obj.TagValue ?? obj.Value;
  }
  return out;
}

/** jsonpath.Get("$.A.B", obj): every step must exist (an error, not a panic, when missing). */
export function path(obj, dotted) {
  let cur = obj;
  for (const step of dotted.split('.')) {
    assert.ok(isObject(cur) && step in cur, `jsonpath $.${dotted}: "${step}" is missing in ${JSON.stringify(cur)?.slice(0, 300)}`);
    cur = cur[step];
  }
  return cur;
}

// ---------------------------------------------------------------------------------------------
// The provider's Read functions, as far as the shapes go. Each returns what the provider keeps, or
// null where it decides "not found" (the resource leaves the state).

/** VpcService.DescribeNatGateway + resourceAliCloudNatGatewayRead. */
export function readNatGateway(body, id) {
  const list = asArray(path(body, 'NatGateways.NatGateway'), 'NatGateways.NatGateway');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'NatGateway[0]');
  if (asString(o.NatGatewayId, 'NatGatewayId') !== id) return null;
  asString(o.Status, 'Status');
  asString(o.InstanceChargeType, 'InstanceChargeType');
  const ids = (key, inner) => asArray(asObject(o[key], key)[inner], `${key}.${inner}`).map((x) => asString(x, `${key}.${inner}[]`)).join(',');
  const accessMode = optionalObject(o, 'AccessMode', 'AccessMode');
  return {
    ...o,
    forwardTableIds: ids('ForwardTableIds', 'ForwardTableId'),
    snatTableIds: ids('SnatTableIds', 'SnatTableId'),
    vswitchId: asObject(o.NatGatewayPrivateInfo, 'NatGatewayPrivateInfo').VswitchId,
    accessMode,
  };
}

/** ListTagResources (VPC or ECS): $.TagResources.TagResource must exist; items as tagsToMap reads them. */
export function readTagResources(body) {
  return tagsToMap(path(body, 'TagResources.TagResource'), 'TagResources.TagResource');
}

/** NATGatewayServiceV2.DescribeNATGatewaySnatEntry + the legacy reader: [0], filtered by the server. */
export function readSnatEntry(body, snatEntryId) {
  const list = asArray(path(body, 'SnatTableEntries.SnatTableEntry'), 'SnatTableEntries.SnatTableEntry');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'SnatTableEntry[0]');
  assert.equal(asString(o.SnatEntryId, 'SnatEntryId'), snatEntryId, 'the server applies the SnatEntryId filter (the provider takes [0])');
  return { ...o, eipAffinity: formatInt(o.EipAffinity, 'EipAffinity') };
}

/** VpcService.DescribeForwardEntry. */
export function readForwardEntry(body, forwardEntryId) {
  const list = asArray(path(body, 'ForwardTableEntries.ForwardTableEntry'), 'ForwardTableEntries.ForwardTableEntry');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'ForwardTableEntry[0]');
  if (asString(o.ForwardEntryId, 'ForwardEntryId') !== forwardEntryId) return null;
  asString(o.Status, 'Status');
  return o;
}

/** VpcServiceV2.DescribeVpcHaVip: $.HaVips.HaVip[*], [0] without checking the id. */
export function readHaVip(body, haVipId) {
  const list = asArray(path(body, 'HaVips.HaVip'), 'HaVips.HaVip');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'HaVip[0]');
  assert.equal(o.HaVipId, haVipId, 'the server applies the HaVipId filter (the provider takes [0])');
  return { ...o, tags: tagsToMap(o.Tags?.Tag, 'Tags.Tag') };
}

/** VpcServiceV2.DescribeVpcHaVipAttachment: the HaVip's $.AssociatedInstances.associatedInstance[*] must exist. */
export function readHaVipAttachment(body, haVipId, instanceId) {
  const list = asArray(path(body, 'HaVips.HaVip'), 'HaVips.HaVip');
  for (const item of list) {
    const o = asObject(item, 'HaVip[]');
    if (o.HaVipId !== haVipId) continue;
    const members = asArray(path(o, 'AssociatedInstances.associatedInstance'), 'AssociatedInstances.associatedInstance');
    if (members.includes(instanceId)) return { instanceType: o.AssociatedInstanceType, status: o.Status };
  }
  return null;
}

/** EcsService.DescribeEcsNetworkInterface + resourceAliCloudEcsNetworkInterfaceRead. */
export function readEni(body, id) {
  const list = asArray(path(body, 'NetworkInterfaceSets.NetworkInterfaceSet'), 'NetworkInterfaceSets.NetworkInterfaceSet');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'NetworkInterfaceSet[0]');
  assert.equal(asString(o.NetworkInterfaceId, 'NetworkInterfaceId'), id);
  const privateIps = asArray(asObject(o.PrivateIpSets, 'PrivateIpSets').PrivateIpSet, 'PrivateIpSets.PrivateIpSet')
    .filter((s) => !asBool(asObject(s, 'PrivateIpSet[]').Primary, 'PrivateIpSet[].Primary'))
    .map((s) => s.PrivateIpAddress);
  const ipv6 = asArray(asObject(o.Ipv6Sets, 'Ipv6Sets').Ipv6Set, 'Ipv6Sets.Ipv6Set').map((s) => asObject(s, 'Ipv6Set[]').Ipv6Address);
  const prefixes = asArray(asObject(o.Ipv4PrefixSets, 'Ipv4PrefixSets').Ipv4PrefixSet, 'Ipv4PrefixSets.Ipv4PrefixSet').map((s) => asObject(s, 'Ipv4PrefixSet[]').Ipv4Prefix);
  return {
    ...o,
    privateIps,
    ipv6,
    prefixes,
    queueNumber: formatInt(o.QueueNumber, 'QueueNumber'),
    securityGroupIds: asObject(o.SecurityGroupIds, 'SecurityGroupIds').SecurityGroupId,
  };
}

/** EcsService.DescribeEcsNetworkInterfaceAttachment + its Read: Attachment absent or an object. */
export function readEniAttachment(body, eniId) {
  const list = asArray(path(body, 'NetworkInterfaceSets.NetworkInterfaceSet'), 'NetworkInterfaceSets.NetworkInterfaceSet');
  if (list.length === 0) return null;
  const o = asObject(list[0], 'NetworkInterfaceSet[0]');
  if (asString(o.NetworkInterfaceId, 'NetworkInterfaceId') !== eniId) return null;
  return { ...o, attachment: optionalObject(o, 'Attachment', 'Attachment') };
}

/** VpcServiceV2.DescribeVpcVpc: not found is only VpcId === "" (a 200). */
export function readVpc(body) {
  if (body.VpcId === '') return null;
  const v6 = body.Ipv6CidrBlocks?.Ipv6CidrBlock;
  if (v6 !== undefined && v6 !== null) asArray(v6, 'Ipv6CidrBlocks.Ipv6CidrBlock').forEach((b) => asObject(b, 'Ipv6CidrBlock[]'));
  if ('ClassicLinkEnabled' in body) asBool(body.ClassicLinkEnabled, 'ClassicLinkEnabled');
  return { ...body, tags: tagsToMap(body.Tags?.Tag, 'Tags.Tag') };
}

/** VpcServiceV2.DescribeVpcVswitch: not found is only VSwitchId === ""; Ipv6CidrBlock absent or a string. */
export function readVSwitch(body) {
  if (body.VSwitchId === '') return null;
  if ('Ipv6CidrBlock' in body && `${body.Ipv6CidrBlock}` !== '') asString(body.Ipv6CidrBlock, 'Ipv6CidrBlock');
  assert.notEqual(body.Ipv6CidrBlock, null, 'Ipv6CidrBlock null prints "<nil>" and is then asserted a string: a panic');
  return { ...body, tags: tagsToMap(body.Tags?.Tag, 'Tags.Tag') };
}

/** VpcServiceV2.DescribeVpcDescribeRouteTableList: the System table of this VPC, or null. */
export function readSystemRouteTable(body, vpcId) {
  const list = asArray(path(body, 'RouterTableList.RouterTableListType'), 'RouterTableList.RouterTableListType');
  for (const item of list) {
    const o = asObject(item, 'RouterTableListType[]');
    if (`${o.RouteTableType}` === 'System' && `${o.VpcId}` === vpcId) return o;
  }
  return null;
}
