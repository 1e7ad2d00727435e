// ClientToken idempotency of AllocateEipAddress (R-EIP-10).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { useServer, expectError, statusOf } from './lib/harness.mjs';

const ctx = useServer();

describe('R-EIP-10 ClientToken', () => {
  it('R-EIP-10 AllocateEipAddress twice with the same ClientToken and parameters returns the same AllocationId and address, and only one EIP exists', async () => {
    const acct = await ctx.harness.createAccount();
    const clientToken = randomUUID();
    const first = await acct.allocate({ clientToken, bandwidth: '10', name: 'idem' });
    const second = await acct.allocate({ clientToken, bandwidth: '10', name: 'idem' });
    assert.equal(second.allocationId, first.allocationId);
    assert.equal(second.eipAddress, first.eipAddress);
    const body = await acct.describe();
    assert.equal(body.totalCount, 1);
  });

  it('R-EIP-10 AllocateEipAddressPro repeats with the same ClientToken return the same AllocationId', async () => {
    const acct = await ctx.harness.createAccount();
    const clientToken = randomUUID();
    const first = await acct.allocatePro({ clientToken });
    const second = await acct.allocatePro({ clientToken });
    assert.equal(second.allocationId, first.allocationId);
    assert.equal((await acct.describe()).totalCount, 1);
  });

  it('R-EIP-10 the same ClientToken with different parameters is 400 IdempotentParameterMismatch and creates nothing', async () => {
    const acct = await ctx.harness.createAccount();
    const clientToken = randomUUID();
    await acct.allocate({ clientToken, bandwidth: '10' });
    await expectError(acct.allocate({ clientToken, bandwidth: '11' }), { code: 'IdempotentParameterMismatch', status: 400 });
    assert.equal((await acct.describe()).totalCount, 1);
  });

  it('R-EIP-10 20 parallel AllocateEipAddress calls with one ClientToken all return the same AllocationId, and one EIP is created', async () => {
    const acct = await ctx.harness.createAccount();
    const clientToken = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => acct.allocate({ clientToken })));
    const errors = results.filter((r) => r.status === 'rejected').map((r) => `${r.reason.code} HTTP ${statusOf(r.reason)}: ${r.reason.message}`);
    assert.deepEqual(errors, [], 'every call succeeds');
    const ids = new Set(results.map((r) => r.value.allocationId));
    assert.equal(ids.size, 1, `one AllocationId, got ${[...ids]}`);
    const body = await acct.describe();
    assert.equal(body.totalCount, 1);
    assert.equal(body.eipAddresses.eipAddress[0].allocationId, [...ids][0]);
  });

  it('R-EIP-10 a ClientToken of 64 characters is accepted; 65 characters is 400 InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    await acct.allocate({ clientToken: 't'.repeat(64) });
    await expectError(acct.allocate({ clientToken: 'u'.repeat(65) }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describe()).totalCount, 1);
  });

  it('R-EIP-10 a non-ASCII ClientToken is 400 InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(acct.allocate({ clientToken: 'tökén-ünicode' }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describe()).totalCount, 0);
  });

  it('R-EIP-10 ClientTokens are per account: the same token in two accounts creates two EIPs', async () => {
    const a = await ctx.harness.createAccount();
    const b = await ctx.harness.createAccount();
    const clientToken = randomUUID();
    const ea = await a.allocate({ clientToken });
    const eb = await b.allocate({ clientToken });
    assert.notEqual(ea.allocationId, eb.allocationId);
    assert.equal((await b.describeOne(eb.allocationId))?.allocationId, eb.allocationId);
  });
});
