// Recovering released EIPs (R-LIFE-6, R-LIFE-7, R-LIFE-8), including the 7-day window and the monthly
// quota, which need the operator's AdvanceClock. The clock only moves forward and is shared by the whole
// server, so the tests of this file run in order and the ones that advance it come last.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectError } from './lib/harness.mjs';

const ctx = useServer();
const DAY = 86_400;

async function advance(seconds) {
  const before = Date.now();
  const r = await ctx.harness.advanceClock(seconds);
  assert.ok(r.RequestId, JSON.stringify(r));
  assert.ok(r.Now !== undefined, `AdvanceClock returns Now: ${JSON.stringify(r)}`);
  const now = Date.parse(r.Now);
  assert.ok(!Number.isNaN(now), `Now is a time: ${JSON.stringify(r)}`);
  assert.ok(now >= before + seconds * 1000 - 120_000, `Now ${r.Now} moved forward by ${seconds}s`);
  return r;
}

async function allocateAndRelease(acct, fields = {}) {
  const eip = await acct.allocate(fields);
  await acct.release(eip.allocationId);
  assert.equal(await acct.describeOne(eip.allocationId), undefined, 'released');
  return eip;
}

describe('recovering released EIPs', () => {
  it('R-LIFE-6 R-LIFE-8 AllocateEipAddressPro with IpAddress=<released address> gives the same address back as PostPaid, PayByTraffic, Bandwidth "5" (it was 100 Mbit/s PayByBandwidth)', async () => {
    const acct = await ctx.harness.createAccount();
    const old = await allocateAndRelease(acct, { bandwidth: '100', internetChargeType: 'PayByBandwidth', name: 'old' });
    const back = await acct.allocatePro({ ipAddress: old.eipAddress });
    assert.equal(back.eipAddress, old.eipAddress);
    const item = await acct.describeOne(back.allocationId);
    assert.ok(item, 'the recovered EIP is listed');
    assert.equal(item.ipAddress, old.eipAddress);
    assert.equal(item.chargeType, 'PostPaid');
    assert.equal(item.internetChargeType, 'PayByTraffic');
    assert.equal(item.bandwidth, '5');
    assert.equal(item.status, 'Available');
  });

  it('R-LIFE-6 R-LIFE-8 AllocateEipAddress with InstanceId=<released allocation id> gives the same address back as PostPaid, PayByTraffic, 5 Mbit/s', async () => {
    const acct = await ctx.harness.createAccount();
    const old = await allocateAndRelease(acct, { bandwidth: '100' });
    const back = await acct.allocate({ instanceId: old.allocationId });
    assert.equal(back.eipAddress, old.eipAddress);
    const item = await acct.describeOne(back.allocationId);
    assert.equal(item.ipAddress, old.eipAddress);
    assert.equal(item.chargeType, 'PostPaid');
    assert.equal(item.internetChargeType, 'PayByTraffic');
    assert.equal(item.bandwidth, '5');
  });

  it('R-LIFE-6 an address released by another account cannot be recovered (400 ReserveIpFail), by IpAddress or by InstanceId; its owner still can', async () => {
    const owner = await ctx.harness.createAccount();
    const thief = await ctx.harness.createAccount();
    const old = await allocateAndRelease(owner);
    await expectError(thief.allocatePro({ ipAddress: old.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    await expectError(thief.allocate({ ipAddress: old.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    await expectError(thief.allocate({ instanceId: old.allocationId }), { code: 'ReserveIpFail', status: 400 });
    assert.equal((await thief.describe()).totalCount, 0, 'the failed recoveries created nothing');
    const back = await owner.allocatePro({ ipAddress: old.eipAddress });
    assert.equal(back.eipAddress, old.eipAddress);
  });

  it('R-LIFE-6 recovering an address this account never released is 400 ReserveIpFail (one held by another account, one never allocated)', async () => {
    const holder = await ctx.harness.createAccount();
    const acct = await ctx.harness.createAccount();
    const held = await holder.allocate();
    await expectError(acct.allocatePro({ ipAddress: held.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    await expectError(acct.allocatePro({ ipAddress: '198.19.255.250' }), { code: 'ReserveIpFail', status: 400 });
    assert.ok(await holder.describeOne(held.allocationId), "the holder's EIP is untouched");
  });

  it('R-LIFE-6 8 parallel recoveries of one released address: exactly one succeeds, the others are 400 ReserveIpFail', async () => {
    const acct = await ctx.harness.createAccount();
    const old = await allocateAndRelease(acct);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acct.allocatePro({ ipAddress: old.eipAddress })));
    const ok = results.filter((r) => r.status === 'fulfilled');
    for (const r of results.filter((x) => x.status === 'rejected')) {
      assert.equal(r.reason.code, 'ReserveIpFail', `${r.reason.code} HTTP ${r.reason.statusCode}: ${r.reason.message}`);
      assert.equal(r.reason.statusCode, 400);
    }
    assert.equal(ok.length, 1);
    const listed = await acct.describe({ eipAddress: old.eipAddress });
    assert.equal(listed.totalCount, 1, 'one EIP holds the address');
  });

  it('R-LIFE-7 the monthly recovery quota holds under parallel recoveries (quota 2, 5 parallel: 2 succeed, 3 are 400 QuotaExceeded.EipRecover)', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-recover-per-month', 2);
    const released = [];
    for (let i = 0; i < 5; i++) released.push(await allocateAndRelease(acct));
    const results = await Promise.allSettled(released.map((e) => acct.allocatePro({ ipAddress: e.eipAddress })));
    const ok = results.filter((r) => r.status === 'fulfilled');
    for (const r of results.filter((x) => x.status === 'rejected')) {
      assert.equal(r.reason.code, 'QuotaExceeded.EipRecover', `${r.reason.code} HTTP ${r.reason.statusCode}: ${r.reason.message}`);
      assert.equal(r.reason.statusCode, 400);
    }
    assert.equal(ok.length, 2);
    assert.equal((await acct.describe()).totalCount, 2);
  });

  it('R-LIFE-6 a recovered address is not recoverable a second time while it is held', async () => {
    const acct = await ctx.harness.createAccount();
    const old = await allocateAndRelease(acct);
    await acct.allocatePro({ ipAddress: old.eipAddress });
    await expectError(acct.allocatePro({ ipAddress: old.eipAddress }), { code: 'ReserveIpFail', status: 400 });
  });
});

describe('recovery limits (advance the business clock)', () => {
  let monthly;
  let late;
  let lateX;
  let lateY;
  before(async () => {
    monthly = await ctx.harness.createAccount();
    late = await ctx.harness.createAccount();
  });

  it('R-LIFE-7 with eip-recover-per-month = 2, the third recovery in the month is 400 QuotaExceeded.EipRecover', async () => {
    await ctx.harness.setQuota(monthly.accountId, 'eip-recover-per-month', 2);
    for (let i = 0; i < 2; i++) {
      const old = await allocateAndRelease(monthly);
      const back = await monthly.allocatePro({ ipAddress: old.eipAddress });
      assert.equal(back.eipAddress, old.eipAddress, `recovery ${i + 1}`);
    }
    const third = await allocateAndRelease(monthly);
    await expectError(monthly.allocatePro({ ipAddress: third.eipAddress }), { code: 'QuotaExceeded.EipRecover', status: 400 });
  });

  it('R-LIFE-6 an address released 6 days ago can still be recovered', async () => {
    lateX = await allocateAndRelease(late);
    lateY = await allocateAndRelease(late);
    await advance(6 * DAY);
    const back = await late.allocatePro({ ipAddress: lateX.eipAddress });
    assert.equal(back.eipAddress, lateX.eipAddress);
  });

  it('R-LIFE-6 an address released 8 days ago (AdvanceClock 691200 s in all) is 400 ReserveIpFail', async () => {
    await advance(2 * DAY);
    await expectError(late.allocatePro({ ipAddress: lateY.eipAddress }), { code: 'ReserveIpFail', status: 400 });
    await expectError(late.allocate({ instanceId: lateY.allocationId }), { code: 'ReserveIpFail', status: 400 });
  });

  it('R-LIFE-7 in the next month (AdvanceClock 32 days) recovery works again for the account that used its monthly quota', async () => {
    await advance(32 * DAY);
    // Release after advancing, so the 7-day window is not what is tested here.
    const old = await allocateAndRelease(monthly);
    const back = await monthly.allocatePro({ ipAddress: old.eipAddress });
    assert.equal(back.eipAddress, old.eipAddress);
  });
});
