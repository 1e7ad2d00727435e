// Replay across server processes (issue 11): two servers on one database. A mutating call records its
// signature nonce in the transaction of its effect (on SQLite, appended; each server's writer reads the others'
// at the start of each batch), so a captured request accepted by one server is SignatureNonceUsed on the other
// and takes no effect twice. (V1: it signs the
// parameters, not the Host header, so the same bytes are valid for either server's address.) On PostgreSQL, where
// several servers are the supported deployment, a read's nonce is spent in the database before it runs, so a replayed
// read is refused by the other server too, and by a server restarted after a crash.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Harness, REGION, expectRawOk, expectRawError } from './lib/harness.mjs';
import { prepareV1, send } from './lib/signer.mjs';
import { POSTGRES } from './lib/postgres.mjs';

describe('replay across server processes on one database', () => {
  let first;
  let second;
  let acct;
  before(async () => {
    first = await startServer();
    acct = await new Harness(first).createAccount();
    second = await startServer({ dataDir: first.dataDir, operator: first.operator });
  });
  after(async () => {
    await second?.stop({ keepData: true });
    await first?.stop();
  });

  const onServer = (prepared, server) => ({ ...prepared, url: prepared.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.baseUrl) });

  it('an AllocateEipAddress accepted by one server is SignatureNonceUsed on the other, and allocates nothing', async () => {
    const captured = prepareV1({ baseUrl: first.baseUrl, ...acct.credRaw, action: 'AllocateEipAddress', params: { RegionId: REGION } });
    expectRawOk(await send(captured));
    const before = (await acct.describe()).totalCount;
    assert.equal(before, 1);

    expectRawError(await send(onServer(captured, second)), { code: 'SignatureNonceUsed', status: 400 });

    assert.equal((await acct.withServer(second).describe()).totalCount, before, 'the replay allocated nothing');
  });

  it('the other way round too: accepted by the second, refused by the first', async () => {
    const captured = prepareV1({ baseUrl: second.baseUrl, ...acct.credRaw, action: 'ModifyEipAddressAttribute', params: { RegionId: REGION, AllocationId: (await acct.describe()).eipAddresses.eipAddress[0].allocationId, Name: 'renamed-once' } });
    expectRawOk(await send(captured));

    expectRawError(await send(onServer(captured, first)), { code: 'SignatureNonceUsed', status: 400 });
  });

  it('a read accepted by one server is SignatureNonceUsed on the other, and after that one is killed and restarted (PostgreSQL)', {
    skip: POSTGRES ? false : 'several servers share reads\' nonces on PostgreSQL; one SQLite server refuses a replayed read from memory and after a restart (secrets-replay, replay)',
  }, async () => {
    const captured = prepareV1({ baseUrl: first.baseUrl, ...acct.credRaw, action: 'DescribeEipAddresses', params: { RegionId: REGION } });
    expectRawOk(await send(captured));

    expectRawError(await send(onServer(captured, second)), { code: 'SignatureNonceUsed', status: 400 });

    await second.stop({ crash: true, keepData: true });
    second = await startServer({ dataDir: first.dataDir, operator: first.operator, port: second.port });
    expectRawError(await send(onServer(captured, second)), { code: 'SignatureNonceUsed', status: 400 });
  });
});
