// 1,000 concurrent AllocateEipAddress calls through the official V3 SDK, in a region (cn-wulanchabu)
// no other test uses, whose default /22 pool has 1,022 addresses.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, vpcClient, Vpc, describeAll, statusOf, inCidr, ipToInt } from './lib/harness.mjs';

const ctx = useServer();
const REGION = 'cn-wulanchabu';
const N = 1000;

describe('concurrency', () => {
  it(`${N} concurrent AllocateEipAddress calls all succeed with distinct addresses, and Describe's TotalCount is ${N}`, { timeout: 150_000 }, async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-postpaid-per-region', 2000);
    const client = vpcClient(ctx.server, acct.cred, { readTimeout: 120_000, connectTimeout: 120_000 });
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: N }, () =>
      client.allocateEipAddress(new Vpc.AllocateEipAddressRequest({ regionId: REGION }))));
    const elapsed = Date.now() - started;
    const failures = results.filter((r) => r.status === 'rejected').map((r) => `${r.reason.code ?? r.reason.name} HTTP ${statusOf(r.reason)}: ${r.reason.message}`);
    const counts = {};
    for (const f of failures) counts[f.split(':')[0]] = (counts[f.split(':')[0]] ?? 0) + 1;
    assert.deepEqual(counts, {}, `${failures.length} of ${N} failed; first: ${failures[0]}`);
    const bodies = results.map((r) => r.value.body);
    const addresses = new Set(bodies.map((b) => b.eipAddress));
    const ids = new Set(bodies.map((b) => b.allocationId));
    assert.equal(addresses.size, N, 'all EipAddress values are distinct');
    assert.equal(ids.size, N, 'all AllocationId values are distinct');
    for (const a of addresses) assert.ok(inCidr(a, '198.18.0.0/15'), `${a} is in the default pools`);
    const blocks = new Set([...addresses].map((a) => Math.floor(ipToInt(a) / 1024)));
    assert.equal(blocks.size, 1, "all addresses come from the region's one /22 pool");

    const first = await acct.describe({ regionId: REGION, pageSize: 100 });
    assert.equal(first.totalCount, N);
    const { items } = await describeAll(acct, { regionId: REGION });
    assert.equal(items.length, N);
    assert.deepEqual(new Set(items.map((e) => e.ipAddress)), addresses);
    console.log(`# ${N} concurrent allocations took ${elapsed} ms`);
  });
});
