// Accounts and access keys (operator API, Version 2026-11-25), isolation between accounts (R-EIP-1),
// and authentication errors as the official SDKs surface them.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, expectError, expectRawOk, expectRawError, vpcClient, popClient, Vpc, REGION, OPERATOR_VERSION, Account,
} from './lib/harness.mjs';
import { prepareV1, send } from './lib/signer.mjs';

const ctx = useServer();

function findKeys(value, re, path = '$', out = []) {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (re.test(k)) out.push(`${path}.${k}`);
      findKeys(v, re, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('R-EIP-1 isolation between accounts', () => {
  let a;
  let b;
  let eip;
  before(async () => {
    a = await ctx.harness.createAccount();
    b = await ctx.harness.createAccount();
    eip = await a.allocate({ name: 'mine' });
  });

  it("R-EIP-1 a second account does not see the first account's EIPs (no filter, by AllocationId, by EipAddress)", async () => {
    for (const filter of [{}, { allocationId: eip.allocationId }, { eipAddress: eip.eipAddress }]) {
      const body = await b.describe(filter);
      assert.equal(body.totalCount, 0, JSON.stringify(filter));
      assert.deepEqual(body.eipAddresses.eipAddress, []);
    }
  });

  it("R-EIP-1 ReleaseEipAddress and ModifyEipAddressAttribute on another account's EIP are 404 InvalidAllocationId.NotFound and change nothing", async () => {
    await expectError(b.release(eip.allocationId), { code: 'InvalidAllocationId.NotFound', status: 404 });
    await expectError(b.modify({ allocationId: eip.allocationId, name: 'stolen' }), { code: 'InvalidAllocationId.NotFound', status: 404 });
    const item = await a.describeOne(eip.allocationId);
    assert.ok(item, 'still allocated');
    assert.equal(item.name, 'mine');
  });
});

describe('operator API: accounts and access keys', () => {
  it('CreateAccount returns AccountId, AccessKeyId, AccessKeySecret and the new key works', async () => {
    const r = await ctx.harness.operator.request('CreateAccount', { AccountName: 'fresh' }, { method: 'POST' });
    assert.ok(r.RequestId);
    assert.ok(String(r.AccountId).length > 0);
    assert.equal(typeof r.AccessKeyId, 'string');
    assert.equal(typeof r.AccessKeySecret, 'string');
    const acct = new Account(ctx.server, { accountId: String(r.AccountId), accessKeyId: r.AccessKeyId, accessKeySecret: r.AccessKeySecret });
    assert.equal((await acct.describe()).totalCount, 0);
  });

  it('DescribeAccounts lists accounts with their key ids and quotas and never returns a secret', async () => {
    const acct = await ctx.harness.createAccount('listed-account');
    const extra = await ctx.harness.createAccessKey(acct.accountId);
    const op = ctx.server.operator;
    const res = await send(prepareV1({
      baseUrl: ctx.server.baseUrl, accessKeyId: op.accessKeyId, secret: op.accessKeySecret,
      action: 'DescribeAccounts', version: OPERATOR_VERSION,
    }));
    const body = expectRawOk(res);
    for (const secret of [op.accessKeySecret, acct.accessKeySecret, extra.AccessKeySecret]) {
      assert.ok(!res.text.includes(secret), 'a secret appears in DescribeAccounts');
    }
    assert.deepEqual(findKeys(body, /secret/i), [], 'no secret-like field');
    assert.equal(typeof body.TotalCount, 'number');
    assert.ok(Array.isArray(body.Accounts?.Account), JSON.stringify(body).slice(0, 500));
    assert.ok(body.TotalCount >= 2);
    const mine = body.Accounts.Account.find((x) => String(x.AccountId) === acct.accountId);
    assert.ok(mine, 'the new account is listed');
    assert.equal(mine.AccountName, 'listed-account');
    assert.equal(mine.IsOperator, false);
    assert.equal(typeof mine.CreationTime, 'string');
    assert.deepEqual([...mine.AccessKeyIds.AccessKeyId].sort(), [acct.accessKeyId, extra.AccessKeyId].sort());
    const quotas = Object.fromEntries(mine.Quotas.Quota.map((q) => [q.QuotaName, q.Value]));
    assert.equal(quotas['eip-postpaid-per-region'], 20);
    assert.equal(quotas['eip-recover-per-month'], 20);
    const operator = body.Accounts.Account.find((x) => x.AccessKeyIds.AccessKeyId.includes(op.accessKeyId));
    assert.ok(operator, 'the operator account is listed');
    assert.equal(operator.IsOperator, true);

    const one = await ctx.harness.operator.request('DescribeAccounts', { AccountId: acct.accountId }, { method: 'POST' });
    assert.equal(one.TotalCount, 1);
    assert.equal(String(one.Accounts.Account[0].AccountId), acct.accountId);
  });

  it('CreateAccessKey adds a working key to the account; DeleteAccessKey makes calls with it 404 InvalidAccessKeyId.NotFound while the other key keeps working', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    const k = await ctx.harness.createAccessKey(acct.accountId);
    assert.equal(String(k.AccountId), acct.accountId);
    const second = new Account(ctx.server, { accountId: acct.accountId, accessKeyId: k.AccessKeyId, accessKeySecret: k.AccessKeySecret });
    assert.ok(await second.describeOne(allocationId), 'the second key acts for the same account');
    const deleted = await ctx.harness.deleteAccessKey(k.AccessKeyId);
    assert.ok(deleted.RequestId, 'DeleteAccessKey through pop-core (V1) answers with a RequestId');
    await expectError(second.describe(), { code: 'InvalidAccessKeyId.NotFound', status: 404 });
    await expectError(second.describe({}, second.vpcV1), { code: 'InvalidAccessKeyId.NotFound', status: 404 });
    assert.ok(await acct.describeOne(allocationId), 'the first key still works');
  });

  it('a non-operator account calling operator actions is 403 Forbidden.NotOperator', async () => {
    const acct = await ctx.harness.createAccount();
    const asUser = popClient(ctx.server, acct.cred, { apiVersion: OPERATOR_VERSION });
    const calls = [
      ['CreateAccount', { AccountName: 'x' }],
      ['CreateAccessKey', { AccountId: acct.accountId }],
      ['DescribeAccounts', {}],
      ['SetAccountQuota', { AccountId: acct.accountId, QuotaName: 'eip-postpaid-per-region', Value: '999' }],
      ['AdvanceClock', { Seconds: '1' }],
    ];
    for (const [action, params] of calls) {
      const err = await expectError(asUser.request(action, params, { method: 'POST' }), { code: 'Forbidden.NotOperator', status: 403 });
      assert.ok(err.data?.RequestId, `${action}: error body has RequestId`);
    }
    const victim = await ctx.harness.createAccount();
    const res = await ctx.harness.deleteAccessKey(victim.accessKeyId, acct.cred, { v3: true });
    expectRawError(res, { code: 'Forbidden.NotOperator', status: 403 });
    assert.equal((await victim.describe()).totalCount, 0, "the other account's key still works (DeleteAccessKey was refused)");
  });

  it('SetAccountQuota with an unknown quota name is 400 InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(ctx.harness.setQuota(acct.accountId, 'eip-no-such-quota', 5), { code: 'InvalidParameter', status: 400 });
  });

  it('SetAccountQuota with a non-numeric or negative Value is 400 InvalidParameter naming Value', async () => {
    const acct = await ctx.harness.createAccount();
    for (const value of ['abc', '-1']) {
      const err = await expectError(ctx.harness.setQuota(acct.accountId, 'eip-postpaid-per-region', value), { code: 'InvalidParameter', status: 400 });
      assert.match(err.data.Message, /Value/);
    }
  });
});

describe('authentication errors through the official SDKs', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });
  const describeReq = () => new Vpc.DescribeEipAddressesRequest({ regionId: REGION });

  it('wrong secret, V3 default client: ClientError 400 SignatureDoesNotMatch', async () => {
    const c = vpcClient(ctx.server, { accessKeyId: acct.accessKeyId, accessKeySecret: 'not-the-secret' });
    const err = await expectError(c.describeEipAddresses(describeReq()), { code: 'SignatureDoesNotMatch', status: 400 });
    assert.equal(err.name, 'ClientError');
    for (const f of ['RequestId', 'Code', 'Message']) assert.equal(typeof err.data[f], 'string', `${f} in ${JSON.stringify(err.data)}`);
  });

  it('wrong secret, client with signatureAlgorithm v2 (V1 signature): 400 SignatureDoesNotMatch', async () => {
    const c = vpcClient(ctx.server, { accessKeyId: acct.accessKeyId, accessKeySecret: 'not-the-secret' }, { v2: true });
    await expectError(c.describeEipAddresses(describeReq()), { code: 'SignatureDoesNotMatch', status: 400 });
  });

  it('wrong secret, pop-core GET and POST: 400 SignatureDoesNotMatch', async () => {
    const c = popClient(ctx.server, { accessKeyId: acct.accessKeyId, accessKeySecret: 'not-the-secret' });
    for (const method of ['GET', 'POST']) {
      await expectError(c.request('DescribeEipAddresses', { RegionId: REGION }, { method }), { code: 'SignatureDoesNotMatch', status: 400 });
    }
  });

  it('unknown AccessKeyId: 404 InvalidAccessKeyId.NotFound (V3, V1 and pop-core)', async () => {
    const cred = { accessKeyId: 'LTAInosuchkey0000000000', accessKeySecret: 'whatever' };
    await expectError(vpcClient(ctx.server, cred).describeEipAddresses(describeReq()), { code: 'InvalidAccessKeyId.NotFound', status: 404 });
    await expectError(vpcClient(ctx.server, cred, { v2: true }).describeEipAddresses(describeReq()), { code: 'InvalidAccessKeyId.NotFound', status: 404 });
    await expectError(popClient(ctx.server, cred).request('DescribeEipAddresses', { RegionId: REGION }), { code: 'InvalidAccessKeyId.NotFound', status: 404 });
  });
});
