// Throttling (issue 8): per account and action, Throttling.User (HTTP 400) as Alibaba answers it, which
// the SDKs surface as a ThrottlingError with the retry delay from x-acs-retry-after; configurable per
// action; the operator is never throttled. (Off by default: the rest of the suite runs unthrottled.)

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, REGION, expectError } from './lib/harness.mjs';

const ctx = useServer({
  env: {
    OpenEip__Throttling__Enabled: 'true',
    OpenEip__Throttling__Limits__AllocateEipAddress: '3',
    OpenEip__Throttling__Limits__DescribeAccounts: '2',
    OpenEip__Throttling__DefaultLimit: '1000',
  },
});

describe('throttling', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('the call over the per-minute limit is Throttling.User (400), a ThrottlingError with a retry delay, and allocates nothing', async () => {
    for (let i = 0; i < 3; i++) await acct.allocate();
    const err = await expectError(acct.allocate(), { code: 'Throttling.User', status: 400 });
    assert.equal(err.name, 'ThrottlingError');
    assert.ok(err.retryAfter > 0, `retryAfter ${err.retryAfter}`);
    assert.match(err.data.Message, /Request was denied due to user flow control/);
    assert.equal((await acct.describe()).totalCount, 3);
  });

  it('other actions and other accounts keep their own budgets', async () => {
    await acct.describe();
    await acct.modify({ allocationId: (await acct.describe()).eipAddresses.eipAddress[0].allocationId, name: 'still-allowed' });
    const other = await ctx.harness.createAccount();
    for (let i = 0; i < 3; i++) await other.allocate();
  });

  it('the raw answer carries x-acs-retry-after in milliseconds', async () => {
    const res = await acct.rawV1('AllocateEipAddress', { RegionId: REGION });
    assert.equal(res.status, 400);
    assert.equal(res.json.Code, 'Throttling.User');
    assert.match(res.headers.get('x-acs-retry-after'), /^\d+$/);
  });

  it('the operator is never throttled out of its own server', async () => {
    for (let i = 0; i < 6; i++) await ctx.harness.operator.request('DescribeAccounts', {}, { method: 'POST' });
  });
});
