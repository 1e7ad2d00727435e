// Pay-as-you-go EIP quota per account and region (R-LIFE-9) and address pool exhaustion.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectError, is4xx, inCidr, statusOf, REGION } from './lib/harness.mjs';

const TINY_REGION = 'ap-southeast-7';
const TINY_POOL = '203.0.113.0/29';
const TINY_REGION_2 = 'ap-southeast-6';
const TINY_POOL_2 = '203.0.113.16/29';
const TINY_REGION_3 = 'ap-southeast-3';
const TINY_POOL_3 = '203.0.113.32/29';

const ctx = useServer({
  env: {
    [`OpenEip__AddressPools__${TINY_REGION}__0`]: TINY_POOL,
    [`OpenEip__AddressPools__${TINY_REGION_2}__0`]: TINY_POOL_2,
    [`OpenEip__AddressPools__${TINY_REGION_3}__0`]: TINY_POOL_3,
  },
});

const PREPAID = { instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true };

describe('R-LIFE-9 pay-as-you-go EIP quota', () => {
  it('R-LIFE-9 20 PostPaid EIPs per region; the 21st is 400 QuotaExceeded.Eip; another region still works; PrePaid EIPs do not count', async () => {
    const acct = await ctx.harness.createAccount();
    for (let i = 0; i < 20; i++) await acct.allocate();
    await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip', status: 400 });
    await expectError(acct.allocatePro(), { code: 'QuotaExceeded.Eip', status: 400 });
    assert.equal((await acct.describe()).totalCount, 20);
    const sh = await acct.allocate({ regionId: 'cn-shanghai' });
    assert.ok(sh.allocationId, 'another region has its own quota');
    const pre = await acct.allocate(PREPAID);
    assert.ok(pre.allocationId, 'a PrePaid EIP is not limited by the PostPaid quota');
    await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip', status: 400 });
  });

  it('R-LIFE-9 releasing a PostPaid EIP frees a slot', async () => {
    const acct = await ctx.harness.createAccount();
    const eips = [];
    for (let i = 0; i < 20; i++) eips.push(await acct.allocate());
    await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip', status: 400 });
    await acct.release(eips[0].allocationId);
    await acct.allocate();
    await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip', status: 400 });
  });

  it('R-LIFE-9 a recovered EIP counts against the quota: with 20 held, recovering a released address is 400 QuotaExceeded.Eip', async () => {
    const acct = await ctx.harness.createAccount();
    const eips = [];
    for (let i = 0; i < 20; i++) eips.push(await acct.allocate());
    await acct.release(eips[0].allocationId);
    await acct.allocate();
    await expectError(acct.allocatePro({ ipAddress: eips[0].eipAddress }), { code: 'QuotaExceeded.Eip', status: 400 });
    assert.equal((await acct.describe()).totalCount, 20);
  });

  it('R-LIFE-9 SetAccountQuota eip-postpaid-per-region raises the limit (22 allowed, 23rd rejected) and DescribeAccounts shows it', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-postpaid-per-region', 22);
    for (let i = 0; i < 22; i++) await acct.allocate();
    await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip', status: 400 });
    const accounts = await ctx.harness.operator.request('DescribeAccounts', { AccountId: acct.accountId }, { method: 'POST' });
    const quotas = accounts.Accounts.Account[0].Quotas.Quota;
    assert.deepEqual(quotas.find((q) => q.QuotaName === 'eip-postpaid-per-region')?.Value, 22);
  });

  it('R-LIFE-9 the quota holds under 25 parallel allocations: exactly 20 succeed, the rest are 400 QuotaExceeded.Eip', async () => {
    const acct = await ctx.harness.createAccount();
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => acct.allocate()));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
    for (const err of failed) {
      assert.equal(err.code, 'QuotaExceeded.Eip', `${err.code} HTTP ${statusOf(err)}: ${err.message}`);
      assert.equal(statusOf(err), 400);
    }
    assert.equal(ok.length, 20);
    assert.equal((await acct.describe()).totalCount, 20);
  });
});

describe('address pool exhaustion', () => {
  it(`allocating past a tiny pool (${TINY_POOL}) is a 4xx ResourceNotEnough.EipAddress, never 500; every address came from the pool`, async () => {
    const acct = await ctx.harness.createAccount();
    const addrs = [];
    let err;
    for (let i = 0; i < 9 && !err; i++) {
      try {
        addrs.push((await acct.allocate({ regionId: TINY_REGION })).eipAddress);
      } catch (e) {
        err = e;
      }
    }
    assert.ok(err, `the pool of 8 addresses must run out; got ${addrs.length} addresses`);
    assert.equal(err.code, 'ResourceNotEnough.EipAddress', `${err.code}: ${err.message}`);
    assert.ok(is4xx(statusOf(err)), `HTTP ${statusOf(err)}`);
    assert.ok(addrs.length >= 1 && addrs.length <= 8, `${addrs.length} addresses from a /29`);
    for (const a of addrs) assert.ok(inCidr(a, TINY_POOL), `${a} outside ${TINY_POOL}`);
    assert.equal(new Set(addrs).size, addrs.length, 'distinct addresses');
    // Still exhausted on a second try, and another region is unaffected.
    await expectError(acct.allocatePro({ regionId: TINY_REGION }), { code: 'ResourceNotEnough.EipAddress', status: is4xx });
    assert.ok((await acct.allocate({ regionId: REGION })).allocationId);
  });

  it(`parallel allocations against a tiny pool (${TINY_POOL_2}) never hand out one address twice and fail with 4xx ResourceNotEnough.EipAddress`, async () => {
    const a = await ctx.harness.createAccount();
    const b = await ctx.harness.createAccount();
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).allocate({ regionId: TINY_REGION_2 })));
    const addrs = results.filter((r) => r.status === 'fulfilled').map((r) => r.value.eipAddress);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      assert.equal(r.reason.code, 'ResourceNotEnough.EipAddress', `${r.reason.code} HTTP ${statusOf(r.reason)}: ${r.reason.message}`);
      assert.ok(is4xx(statusOf(r.reason)));
    }
    assert.ok(addrs.length >= 1 && addrs.length <= 8, `${addrs.length} addresses from a /29`);
    assert.equal(new Set(addrs).size, addrs.length, `distinct addresses: ${addrs}`);
    for (const ip of addrs) assert.ok(inCidr(ip, TINY_POOL_2), `${ip} outside ${TINY_POOL_2}`);
  });

  it('R-LIFE-6 in a full pool, a released address either stays reserved for its owner, or, once given to another account, cannot be recovered by its former owner (400 ReserveIpFail)', async () => {
    const a = await ctx.harness.createAccount();
    const b = await ctx.harness.createAccount();
    const mine = [];
    for (;;) {
      try {
        mine.push(await a.allocate({ regionId: TINY_REGION_3 }));
      } catch (err) {
        assert.equal(err.code, 'ResourceNotEnough.EipAddress', `${err.code}: ${err.message}`);
        break;
      }
      assert.ok(mine.length <= 8, 'a /29 has at most 8 addresses');
    }
    assert.ok(mine.length >= 1);
    const released = mine[0];
    await a.release(released.allocationId, TINY_REGION_3);
    let taken;
    try {
      taken = await b.allocate({ regionId: TINY_REGION_3 });
    } catch (err) {
      // The pool keeps the released address for its owner's recovery.
      assert.equal(err.code, 'ResourceNotEnough.EipAddress', `${err.code}: ${err.message}`);
      const back = await a.allocatePro({ regionId: TINY_REGION_3, ipAddress: released.eipAddress });
      assert.equal(back.eipAddress, released.eipAddress);
      return;
    }
    assert.equal(taken.eipAddress, released.eipAddress, 'the only free address is the released one');
    await expectError(a.allocatePro({ regionId: TINY_REGION_3, ipAddress: released.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    await b.release(taken.allocationId, TINY_REGION_3);
    await expectError(a.allocatePro({ regionId: TINY_REGION_3, ipAddress: released.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    const back = await b.allocatePro({ regionId: TINY_REGION_3, ipAddress: released.eipAddress });
    assert.equal(back.eipAddress, released.eipAddress, 'the account that released it last can recover it');
  });
});
