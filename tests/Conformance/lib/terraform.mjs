// Calls and reads the way Terraform's alicloud provider makes them (research notes on
// terraform-provider-alicloud, terraform-eip.md and terraform-nat-havip-eni.md):
//
// - rpcPost(acct, version, action, body, query) is tea-rpc's `client.RpcPost(product, version, action, query, body)`
//   (note the order: the body, which every call has, first): POST /, the common parameters and the call's `query`
//   map (the ids the generated code puts there: AllocationId, InstanceId, ResourceId, …) in the URL, every other
//   parameter in an application/x-www-form-urlencoded body (lists flattened as Key.1, Key.2, …, objects as
//   Key.Sub), V1 HMAC-SHA1 over query ∪ body, Format=json, x-acs-action/x-acs-version headers. Errors come back
//   as tea's SDKError (TfError: code, statusCode, message "code: <status>, …", data). rpcSend is the same request
//   answering the raw {status, json, text}.
// - retry and waitFor are the provider's resource.Retry (with IsExpectedErrors + NeedRetry) and
//   BuildStateConf/StateRefreshFunc, bounded far below the provider's minutes so a test never hangs.
// - The readers take each response apart as the provider's Go code does: every Go type assertion without
//   comma-ok is an assert here, so where the provider would panic (or d.Set would refuse a value), the test fails.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { isoSeconds, nonceHex, send, toPairs, v1Signature, wireQuery } from './signer.mjs';

export const VPC = '2016-04-28';
export const ECS = '2014-05-26';

// ---------------------------------------------------------------------------------------------
// The wire: tea-rpc's RpcPost

/** An Alibaba error as tea-rpc surfaces it (tea.SDKError): code, statusCode, message, data (the body as JSON text). */
export class TfError extends Error {
  constructor(status, body) {
    super(`code: ${status}, ${body?.Message} request id: ${body?.RequestId}`);
    this.status = status;
    this.statusCode = status;
    this.code = `${body?.Code ?? body?.code ?? ''}`;
    this.data = JSON.stringify(body);
    this.body = body;
  }
}

/** Flattens a body map as rpcutil.Query does: arrays become Key.1…N, objects Key.Sub, null/undefined are dropped. */
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

/** The provider's buildClientToken: TF-<Action>-<unix seconds>-<uuid> (inner hyphens kept), cut at 64 characters. */
export function buildClientToken(action) {
  return `TF-${action}-${Math.floor(Date.now() / 1000)}-${randomUUID()}`.slice(0, 64);
}

/** One RpcPost on the wire; resolves with send()'s {status, json, text} whatever the status. */
export function rpcSend(acct, version, action, body = {}, query = {}) {
  const common = toPairs({
    Action: action, Format: 'json', Version: version, AccessKeyId: acct.accessKeyId,
    SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: nonceHex(), Timestamp: isoSeconds(),
  });
  const queryPairs = toPairs(flatten(query));
  const bodyPairs = toPairs(flatten(body));
  const signature = v1Signature('POST', [...common, ...queryPairs, ...bodyPairs], acct.accessKeySecret);
  return send({
    url: `${acct.server.baseUrl}/?${wireQuery([...common, ...queryPairs, ['Signature', signature]])}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-acs-action': action, 'x-acs-version': version },
      body: wireQuery(bodyPairs),
    },
  });
}

/**
 * RpcPost: `body` form-encoded, `query` (ids the V2 code puts there) in the URL. Resolves with the JSON body
 * of a 200; rejects with a TfError otherwise. Every body must be a JSON object (tea-utils AssertAsMap panics
 * otherwise), and a 200 must pass formatError (no Code other than a success one, no Success other than "true").
 */
export async function rpcPost(acct, version, action, body = {}, query = {}) {
  const res = await rpcSend(acct, version, action, body, query);
  assert.ok(res.json && typeof res.json === 'object' && !Array.isArray(res.json), `${action}: the body must be a JSON object: ${res.text.slice(0, 500)}`);
  if (res.status < 200 || res.status >= 300) throw new TfError(res.status, res.json);
  assert.equal(formatError(res.json), null, `${action}: formatError would turn this ${res.status} into an error: ${res.text.slice(0, 500)}`);
  return res.json;
}

/** connectivity.formatError on a 2xx body: null when it is a success, else why it is not. */
function formatError(body) {
  const code = body.Code ?? body.code;
  if (code !== undefined && ['success', 'ok', '200', '0'].includes(`${code}`.toLowerCase())) return null;
  const success = body.Success ?? body.success;
  if (success !== undefined && `${success}` === 'true') return null;
  if ('Message' in body && (body.Message === null || body.Message === '')) return null;
  if (code !== undefined || success !== undefined) return `Code ${code}, Success ${success}`;
  return null;
}

/** An RpcPost that must fail; returns its TfError. */
export async function rpcPostExpectingError(acct, version, action, body = {}, query = {}) {
  try {
    const ok = await rpcPost(acct, version, action, body, query);
    assert.fail(`${action} succeeded: ${JSON.stringify(ok)}`);
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
// The provider's retry and wait loops (alicloud/errors.go, alicloud/common.go, SDK v1 StateChangeConf)

/** How long a replayed retry or wait may take here (the provider's are 1 to 9 minutes). */
export const REPLAY_TIMEOUT_MS = 20_000;

/**
 * IsExpectedErrors(err, codes), tea.SDKError branch, quirks included: a code equal to an expected one, an
 * expected code that *starts with* the error's code (so an empty Code matches every list), or an expected
 * code that appears anywhere in the error body.
 */
export function isExpectedErrors(err, codes) {
  if (!(err instanceof TfError)) return false;
  return codes.some((code) => err.code === code || code.startsWith(err.code) || err.data.includes(code));
}

/** NeedRetry(err): ServiceUnavailable, Rejected.Throttling, any Throttling* code, and any HTTP 5xx. */
export function needRetry(err) {
  if (!(err instanceof TfError)) return false;
  if (err.message.includes('code: 500, 您已开通过')) return false;
  return err.code === 'ServiceUnavailable' || err.code === 'Rejected.Throttling' || /^Throttling/.test(err.code) || /^code: 5\d{2}/.test(err.message);
}

/** resource.Retry gave up: the last retryable error is `last`. */
export class RetryTimeout extends Error {
  constructor(last, timeoutMs) {
    super(`still retrying after ${timeoutMs} ms; last error ${last.code}: ${last.message}`);
    this.last = last;
    this.code = last.code;
  }
}

/**
 * resource.Retry(timeout, f) as the provider writes it around a call: `fn(attempt)` is called until it
 * resolves; an error for which IsExpectedErrors(err, codes) or (needRetry) NeedRetry(err) holds is retried
 * after a short, growing pause (the provider's incrementalWait, in milliseconds instead of seconds); any other
 * error is NonRetryable and thrown at once. Errors that are not API errors (assertions, transport) are thrown
 * at once too: here they are test failures, not conditions to wait out. `retried`, if given, collects the code
 * of every retried error. Gives up with a RetryTimeout after timeoutMs.
 */
export async function retry(fn, { codes = [], needRetry: withNeedRetry = true, timeoutMs = REPLAY_TIMEOUT_MS, retried } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!(isExpectedErrors(err, codes) || (withNeedRetry && needRetry(err)))) throw err;
      retried?.push(err.code);
      if (Date.now() > deadline) throw new RetryTimeout(err, timeoutMs);
      await delay(Math.min(25 * attempt, 200));
    }
  }
}

/** fmt.Sprint of a JSON value as Go holds it (nil prints "<nil>"). */
export function goSprint(v) {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * BuildStateConf(pending, targets, timeout, delay, StateRefreshFunc(field, failStates)).WaitForState():
 * polls read() (an object, or null for "not found"); the state is fmt.Sprint(object[field]). With targets,
 * it ends when the state is one of them (more than notFoundChecks not-found reads in a row fail it); with no
 * targets, when read() finds nothing. An empty `pending` keeps waiting on any other state; a non-empty one
 * fails on a state it does not list. Errors of read() end the wait at once. Bounded polling, no fixed sleep.
 * Resolves with the last object read (null when the target was "gone").
 */
export async function waitFor(read, field, targets, { pending = [], failStates = [], timeoutMs = REPLAY_TIMEOUT_MS, notFoundChecks = 20 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let notFound = 0;
  let last = '(nothing read)';
  for (;;) {
    const object = await read();
    if (object === null || object === undefined) {
      if (targets.length === 0) return null;
      notFound++;
      assert.ok(notFound <= notFoundChecks, `waitFor ${field} in [${targets}]: not found ${notFound} times in a row`);
      last = '(not found)';
    } else {
      notFound = 0;
      const state = goSprint(object[field]);
      assert.ok(!failStates.includes(state), `waitFor ${field}: failed state ${state}`);
      if (targets.includes(state)) return object;
      assert.ok(pending.length === 0 || pending.includes(state), `waitFor ${field}: unexpected state ${state} (pending ${pending})`);
      last = state;
    }
    if (Date.now() > deadline) assert.fail(`waitFor ${field} in [${targets.length ? targets : 'gone'}]: still ${last} after ${timeoutMs} ms`);
    await delay(40);
  }
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

// ---------------------------------------------------------------------------------------------
// d.Set's view of JSON: what a schema attribute of each type accepts (a refused value leaves the old one in
// the resource's state, a perpetual diff; in a data source it fails the read)

const isNil = (v) => v === undefined || v === null;

/** TypeString: a string, a json.Number or nil (set as ""). */
export function setString(v, what) {
  assert.ok(isNil(v) || typeof v === 'string' || typeof v === 'number', `${what}: a string attribute takes a string or a number, got ${JSON.stringify(v)}`);
  return isNil(v) ? '' : String(v);
}

/** TypeBool: a JSON boolean or nil (set as false); "true" or 1 is refused. */
export function setBool(v, what) {
  assert.ok(isNil(v) || typeof v === 'boolean', `${what}: a bool attribute takes a JSON boolean, got ${JSON.stringify(v)}`);
  return v === true;
}

/** TypeList of TypeString: an array of strings (or numbers), or nil (set as []). */
export function setStringList(v, what) {
  if (isNil(v)) return [];
  asArray(v, what).forEach((x, i) => setString(x, `${what}[${i}]`));
  return v.map(String);
}

// ---------------------------------------------------------------------------------------------
// EIPs: EipServiceV2 (service_alicloud_eip_v2.go), resourceAliCloudEipAddressRead, resourceAliCloudEipAssociationRead
// and dataSourceAliCloudEipAddressesRead

/** The provider's payment type conversion (convertEipAddress(es)PaymentTypeResponse). */
export function paymentTypeOf(chargeType) {
  return { PostPaid: 'PayAsYouGo', PrePaid: 'Subscription' }[chargeType] ?? chargeType;
}

/** EipServiceV2.DescribeEipAddress's parse: $.EipAddresses.EipAddress[*] must exist; [] is "not found" (null); [0] an object. */
export function eipFromDescribe(body) {
  const list = asArray(path(body, 'EipAddresses.EipAddress'), 'EipAddresses.EipAddress');
  if (list.length === 0) return null;
  return asObject(list[0], 'EipAddress[0]');
}

/** An association id "<allocation>:<instance>"; the provider indexes parts[1] without checking (a panic). */
export function splitAssociationId(id) {
  const parts = id.split(':');
  assert.ok(parts.length >= 2, `association id ${id}: strings.Split(id, ":")[1] panics`);
  return parts;
}

/** EipServiceV2.DescribeEipAssociation's parse: the first item (each an object) whose InstanceId is that string, or null. */
export function eipAssociationFromDescribe(body, instanceId) {
  const list = asArray(path(body, 'EipAddresses.EipAddress'), 'EipAddresses.EipAddress');
  for (const item of list) {
    const o = asObject(item, 'EipAddress[]');
    if (o.InstanceId === instanceId) return o;
  }
  return null;
}

/**
 * resourceAliCloudEipAddressRead: the state it writes from the DescribeEipAddresses item and, when
 * high_definition_monitor_log_status is ON, the DescribeHighDefinitionMonitorLogAttribute answer (`hd`).
 * Every d.Set is guarded by "!= nil"; each value must have the attribute's type.
 */
export function eipAddressState(id, item, hd) {
  const s = {};
  const str = (attr, key, from = item) => {
    if (!isNil(from[key])) s[attr] = setString(from[key], key);
  };
  str('address_name', 'Name');
  // "EipBandwidth" wins over "Bandwidth" as soon as the key is there, whatever its value.
  if (!isNil(item.Bandwidth) || !isNil(item.EipBandwidth)) s.bandwidth = 'EipBandwidth' in item ? setString(item.EipBandwidth, 'EipBandwidth') : setString(item.Bandwidth, 'Bandwidth');
  str('create_time', 'AllocationTime');
  if (!isNil(item.DeletionProtection)) s.deletion_protection = setBool(item.DeletionProtection, 'DeletionProtection');
  str('description', 'Description');
  str('high_definition_monitor_log_status', 'HDMonitorStatus');
  str('internet_charge_type', 'InternetChargeType');
  str('ip_address', 'IpAddress');
  str('isp', 'ISP');
  str('mode', 'Mode');
  str('netmode', 'Netmode');
  if (!isNil(item.ChargeType)) s.payment_type = setString(paymentTypeOf(item.ChargeType), 'ChargeType');
  str('public_ip_address_pool_id', 'PublicIpAddressPoolId');
  str('resource_group_id', 'ResourceGroupId');
  str('status', 'Status');
  str('zone', 'Zone');
  str('allocation_id', 'AllocationId');
  // jsonpath errors are ignored: a missing path sets nil.
  s.security_protection_types = setStringList(item.SecurityProtectionTypes?.SecurityProtectionType, 'SecurityProtectionTypes.SecurityProtectionType');
  s.tags = tagsToMap(item.Tags?.Tag, 'Tags.Tag');
  let raw = item;
  if (s.high_definition_monitor_log_status === 'ON') {
    assert.ok(hd, 'HD monitoring is ON: Read calls DescribeHighDefinitionMonitorLogAttribute');
    str('log_project', 'LogProject', hd);
    str('log_store', 'LogStore', hd);
    str('allocation_id', 'InstanceId', hd);
    raw = hd;
  }
  s.allocation_id = id;
  s.name = s.address_name ?? '';
  // The provider's quirk: with HD ON, objectRaw is the HD answer by now, so instance_charge_type reads nil.
  s.instance_charge_type = setString(raw.ChargeType, 'ChargeType');
  return s;
}

/** resourceAliCloudEipAssociationRead: instance_type, mode, private_ip_address, vpc_id, instance_id (nil-guarded), then the id's parts. */
export function eipAssociationState(id, item) {
  const [allocationId, instanceId] = splitAssociationId(id);
  const s = {};
  for (const [attr, key] of [['instance_type', 'InstanceType'], ['mode', 'Mode'], ['private_ip_address', 'PrivateIpAddress'], ['vpc_id', 'VpcId'], ['instance_id', 'InstanceId']]) {
    if (!isNil(item[key])) s[attr] = setString(item[key], key);
  }
  s.allocation_id = allocationId;
  s.instance_id = instanceId;
  return s;
}

/**
 * dataSourceAliCloudEipAddressesRead's per-item mapping (its d.Set errors are returned, so a wrong type fails
 * the data source). AvailableRegions and OperationLocks are asserted objects and LockReason an array without
 * comma-ok: a panic if they are missing. It reads the API's misspelt "Descritpion".
 */
export function eipAddressesMapping(item) {
  const o = asObject(item, 'EipAddress[]');
  const str = (key) => setString(o[key], key);
  const m = {
    id: goSprint(o.AllocationId),
    address_name: str('Name'),
    allocation_id: goSprint(o.AllocationId),
    available_regions: setStringList(asObject(o.AvailableRegions, 'AvailableRegions').AvailableRegion, 'AvailableRegions.AvailableRegion'),
    bandwidth: str('Bandwidth'),
    bandwidth_package_bandwidth: str('BandwidthPackageBandwidth'),
    bandwidth_package_id: str('BandwidthPackageId'),
    bandwidth_package_type: str('BandwidthPackageType'),
    create_time: str('AllocationTime'),
    deletion_protection: setBool(o.DeletionProtection, 'DeletionProtection'),
    description: str('Descritpion'),
    expired_time: str('ExpiredTime'),
    has_reservation_data: goSprint(o.HasReservationData),
    hd_monitor_status: str('HDMonitorStatus'),
    instance_id: str('InstanceId'),
    instance_region_id: str('InstanceRegionId'),
    instance_type: str('InstanceType'),
    internet_charge_type: str('InternetChargeType'),
    ip_address: str('IpAddress'),
    isp: str('ISP'),
    payment_type: setString(paymentTypeOf(o.ChargeType), 'ChargeType'),
    reservation_active_time: str('ReservationActiveTime'),
    reservation_bandwidth: str('ReservationBandwidth'),
    reservation_internet_charge_type: str('ReservationInternetChargeType'),
    reservation_order_type: str('ReservationOrderType'),
    resource_group_id: str('ResourceGroupId'),
    second_limited: setBool(o.SecondLimited, 'SecondLimited'),
    segment_instance_id: str('SegmentInstanceId'),
    status: str('Status'),
  };
  const locks = asArray(asObject(o.OperationLocks, 'OperationLocks').LockReason, 'OperationLocks.LockReason');
  // The provider puts this string into a TypeList (a d.Set error in all likelihood): only a locked EIP has one.
  if (locks.length > 0) m.operation_locks = asObject(locks[0], 'OperationLocks.LockReason[0]').LockReason;
  return m;
}

/** DescribeEipAddresses as EipServiceV2 sends it (AllocationId and RegionId in the query, an empty body): every item, each an object. */
export async function describeEip(acct, regionId, allocationId) {
  const body = await rpcPost(acct, VPC, 'DescribeEipAddresses', {}, { AllocationId: allocationId, RegionId: regionId });
  return asArray(path(body, 'EipAddresses.EipAddress'), 'EipAddresses.EipAddress').map((item) => asObject(item, 'EipAddress[]'));
}
