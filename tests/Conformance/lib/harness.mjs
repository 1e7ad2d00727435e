// Shared helpers: official SDK clients pointed at a test server, the operator API (Version
// 2026-11-25, via pop-core), fresh accounts, raw signed requests and error assertions.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { prepareV1, prepareV3, send } from './signer.mjs';

const require = createRequire(import.meta.url);
export const Vpc = require('@alicloud/vpc20160428');
export const OpenApi = require('@alicloud/openapi-core');
const { RPCClient } = require('@alicloud/pop-core');

export const VPC_VERSION = '2016-04-28';
export const OPERATOR_VERSION = '2026-11-25';
export const REGION = 'cn-hangzhou';

export const ALLOCATION_ID_RE = /^eip-[a-z0-9]{20}$/;
export const SECONDS_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const MINUTES_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
export const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Registers before/after hooks that start one server for the current test file. */
export function useServer(options = {}) {
  const ctx = { server: null, harness: null };
  before(async () => {
    ctx.server = await startServer(options);
    ctx.harness = new Harness(ctx.server);
  });
  after(async () => {
    await ctx.server?.stop();
  });
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// Clients

/**
 * The SDK's connectTimeout also bounds how long a kept-alive connection may wait for its answer; a test that queues
 * many calls on purpose passes a longer one (it checks what the answers are, not how soon they come: bench/ does that).
 */
export function vpcClient(server, cred, { v2 = false, readTimeout = 30_000, connectTimeout = 10_000 } = {}) {
  const config = new OpenApi.$OpenApiUtil.Config({
    accessKeyId: cred.accessKeyId,
    accessKeySecret: cred.accessKeySecret,
    endpoint: server.endpoint,
    protocol: 'http',
    regionId: REGION,
    readTimeout,
    connectTimeout,
    ...(v2 ? { signatureAlgorithm: 'v2' } : {}),
  });
  return new Vpc.default(config);
}

/** pop-core RPCClient wrapper; request(action, params, {method}) with a generous timeout. */
export function popClient(server, cred, { apiVersion = VPC_VERSION } = {}) {
  const client = new RPCClient({
    accessKeyId: cred.accessKeyId,
    accessKeySecret: cred.accessKeySecret,
    endpoint: server.baseUrl,
    apiVersion,
  });
  return {
    raw: client,
    request: (action, params = {}, { method = 'GET' } = {}) =>
      client.request(action, params, { method, timeout: 30_000 }),
  };
}

// ---------------------------------------------------------------------------------------------
// Harness: operator actions and accounts

let accountCounter = 0;

export class Harness {
  constructor(server) {
    this.server = server;
    this.operator = popClient(server, server.operator, { apiVersion: OPERATOR_VERSION });
  }

  async createAccount(name = `conformance-${process.pid}-${++accountCounter}`) {
    const r = await this.operator.request('CreateAccount', { AccountName: name }, { method: 'POST' });
    assert.ok(r.AccountId && r.AccessKeyId && r.AccessKeySecret, `CreateAccount response: ${JSON.stringify(r)}`);
    return new Account(this.server, {
      accountId: String(r.AccountId), accessKeyId: r.AccessKeyId, accessKeySecret: r.AccessKeySecret, name,
    });
  }

  async createAccessKey(accountId) {
    return this.operator.request('CreateAccessKey', { AccountId: accountId }, { method: 'POST' });
  }

  /** DeleteAccessKey names the key to delete UserAccessKeyId (AccessKeyId is the V1 caller's own key). */
  async deleteAccessKey(accessKeyId, caller = this.server.operator, { v3 = false } = {}) {
    if (v3) {
      return send(prepareV3({
        baseUrl: this.server.baseUrl, accessKeyId: caller.accessKeyId, secret: caller.accessKeySecret,
        action: 'DeleteAccessKey', version: OPERATOR_VERSION, params: { UserAccessKeyId: accessKeyId },
      }));
    }
    const client = popClient(this.server, caller, { apiVersion: OPERATOR_VERSION });
    return client.request('DeleteAccessKey', { UserAccessKeyId: accessKeyId }, { method: 'POST' });
  }

  async setQuota(accountId, quotaName, value) {
    return this.operator.request('SetAccountQuota', { AccountId: accountId, QuotaName: quotaName, Value: String(value) }, { method: 'POST' });
  }

  async advanceClock(seconds) {
    return this.operator.request('AdvanceClock', { Seconds: String(seconds) }, { method: 'POST' });
  }
}

export class Account {
  constructor(server, { accountId, accessKeyId, accessKeySecret, name }) {
    this.server = server;
    this.accountId = accountId;
    this.accessKeyId = accessKeyId;
    this.accessKeySecret = accessKeySecret;
    this.name = name;
    this.vpc = vpcClient(server, this);
    this.vpcV1 = vpcClient(server, this, { v2: true });
    this.pop = popClient(server, this);
  }

  get cred() {
    return { accessKeyId: this.accessKeyId, accessKeySecret: this.accessKeySecret };
  }

  /** The same account, talking to another server process (a restart on the same database). */
  withServer(server) {
    return new Account(server, { accountId: this.accountId, accessKeyId: this.accessKeyId, accessKeySecret: this.accessKeySecret, name: this.name });
  }

  async allocate(fields = {}, client = this.vpc) {
    const { tags, ...rest } = fields;
    const req = new Vpc.AllocateEipAddressRequest({
      regionId: REGION,
      ...rest,
      ...(tags ? { tag: tags.map((t) => new Vpc.AllocateEipAddressRequestTag(t)) } : {}),
    });
    return (await client.allocateEipAddress(req)).body;
  }

  async allocatePro(fields = {}, client = this.vpc) {
    const { tags, ...rest } = fields;
    const req = new Vpc.AllocateEipAddressProRequest({
      regionId: REGION,
      ...rest,
      ...(tags ? { tag: tags.map((t) => new Vpc.AllocateEipAddressProRequestTag(t)) } : {}),
    });
    return (await client.allocateEipAddressPro(req)).body;
  }

  async describe(fields = {}, client = this.vpc) {
    const { tags, ...rest } = fields;
    const req = new Vpc.DescribeEipAddressesRequest({
      regionId: REGION,
      ...rest,
      ...(tags ? { tag: tags.map((t) => new Vpc.DescribeEipAddressesRequestTag(t)) } : {}),
    });
    return (await client.describeEipAddresses(req)).body;
  }

  /** The EIP with this allocation id as DescribeEipAddresses shows it (undefined if not listed). */
  async describeOne(allocationId, regionId = REGION) {
    const body = await this.describe({ regionId, allocationId });
    assert.ok(Array.isArray(body.eipAddresses?.eipAddress), 'EipAddresses.EipAddress must be an array');
    assert.ok(body.eipAddresses.eipAddress.length <= 1, `one id, got ${body.eipAddresses.eipAddress.length} items`);
    return body.eipAddresses.eipAddress[0];
  }

  async release(allocationId, regionId = REGION) {
    return (await this.vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ regionId, allocationId }))).body;
  }

  async modify(fields) {
    return (await this.vpc.modifyEipAddressAttribute(new Vpc.ModifyEipAddressAttributeRequest({ regionId: REGION, ...fields }))).body;
  }

  async tag(resourceIds, tags, regionId = REGION) {
    return (await this.vpc.tagResources(new Vpc.TagResourcesRequest({
      regionId, resourceType: 'EIP', resourceId: resourceIds, tag: tags.map((t) => new Vpc.TagResourcesRequestTag(t)),
    }))).body;
  }

  async deletionProtection(instanceId, enable) {
    return (await this.vpc.deletionProtection(new Vpc.DeletionProtectionRequest({
      regionId: REGION, instanceId, protectionEnable: enable, type: 'EIP',
    }))).body;
  }

  /** Signed raw V1 request via fetch (parameters in the query unless placement:'form'). */
  rawV1(action, params = {}, opts = {}) {
    return send(prepareV1({ baseUrl: this.server.baseUrl, ...this.credRaw, action, params, ...opts }));
  }

  /** Signed raw V3 request via fetch. */
  rawV3(action, params = {}, opts = {}) {
    return send(prepareV3({ baseUrl: this.server.baseUrl, ...this.credRaw, action, params, ...opts }));
  }

  get credRaw() {
    return { accessKeyId: this.accessKeyId, secret: this.accessKeySecret };
  }
}

// ---------------------------------------------------------------------------------------------
// Assertions

export function statusOf(err) {
  return err?.statusCode ?? err?.entry?.response?.statusCode;
}

function describeErr(err) {
  return JSON.stringify({ name: err?.name, code: err?.code, statusCode: statusOf(err), message: err?.message, data: err?.data });
}

/**
 * Awaits a call expected to fail with an Alibaba error; checks Code (exact) and HTTP status (exact
 * number, or a predicate). Returns the error (SDK error: .code, .statusCode, .data).
 */
export async function expectError(promiseOrFn, { code, status }) {
  let result;
  try {
    result = await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (err) {
    if (code !== undefined) assert.equal(err.code, code, `expected Code ${code}; got ${describeErr(err)}`);
    if (typeof status === 'number') assert.equal(statusOf(err), status, `expected HTTP ${status}; got ${describeErr(err)}`);
    else if (typeof status === 'function') assert.ok(status(statusOf(err)), `unexpected HTTP status; got ${describeErr(err)}`);
    return err;
  }
  assert.fail(`expected error ${code ?? ''} (HTTP ${status ?? '?'}), but the call succeeded: ${JSON.stringify(result?.body ?? result)}`);
}

/** Checks a raw response is an Alibaba JSON error with this Code and status. Returns the body. */
export function expectRawError(res, { code, status }) {
  const info = `HTTP ${res.status} ${res.text.slice(0, 2000)}`;
  if (typeof status === 'number') assert.equal(res.status, status, info);
  else if (typeof status === 'function') assert.ok(status(res.status), info);
  assert.ok(res.json && typeof res.json === 'object', `error body must be JSON: ${info}`);
  assert.equal(typeof res.json.RequestId, 'string', `error body needs RequestId: ${info}`);
  assert.ok(res.json.RequestId.length > 0, info);
  assert.equal(typeof res.json.Code, 'string', `error body needs Code: ${info}`);
  assert.equal(typeof res.json.Message, 'string', `error body needs Message: ${info}`);
  if (code !== undefined) assert.equal(res.json.Code, code, info);
  return res.json;
}

/** Checks a raw response is a JSON success (200, RequestId, no Code). Returns the body. */
export function expectRawOk(res) {
  const info = `HTTP ${res.status} ${res.text.slice(0, 2000)}`;
  assert.equal(res.status, 200, info);
  assert.ok(res.json && typeof res.json === 'object', `body must be JSON: ${info}`);
  assert.equal(typeof res.json.RequestId, 'string', `success body needs RequestId: ${info}`);
  assert.ok(!('Code' in res.json), `a success body must not have a Code field: ${info}`);
  return res.json;
}

export const is4xx = (s) => s >= 400 && s < 500;

/** Parses dotted IPv4 → 32-bit number. */
export function ipToInt(ip) {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function inCidr(ip, cidr) {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToInt(base) / size) * size;
  const n = ipToInt(ip);
  return n >= start && n < start + size;
}

/** All items of a Describe listing, following pages (PageSize 100). */
export async function describeAll(account, fields = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const body = await account.describe({ pageSize: 100, pageNumber: page, ...fields });
    items.push(...body.eipAddresses.eipAddress);
    if (body.eipAddresses.eipAddress.length === 0 || items.length >= body.totalCount) return { items, totalCount: body.totalCount };
  }
}
