// Secrets at rest and replay across restarts (issue 8): AccessKey secrets never appear in clear in
// the database files (nor beside a ClientToken), the data directory and its files are the owner's
// alone, and a captured signed request cannot be replayed after a restart — graceful or a crash —
// within its 15-minute window.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { POSTGRES, dumpDatabase } from './lib/postgres.mjs';
import { Harness, REGION, expectRawOk, expectRawError } from './lib/harness.mjs';
import { prepareV1, prepareV3, send } from './lib/signer.mjs';

/** Every byte the server keeps: its data directory (database, write-ahead log, key file…), and on PostgreSQL its database. */
async function dataBytes(dataDir) {
  const files = readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)));
  return Buffer.concat(POSTGRES ? [...files, await dumpDatabase(dataDir)] : files);
}

describe('secrets at rest', () => {
  let server;
  let harness;
  before(async () => {
    server = await startServer();
    harness = new Harness(server);
  });
  after(async () => {
    await server?.stop();
  });

  it('the data directory is 0700 and every file in it 0600', () => {
    assert.equal(statSync(server.dataDir).mode & 0o777, 0o700);
    const files = readdirSync(server.dataDir);
    assert.ok(files.includes('secrets.key') && (POSTGRES || files.includes('openeip.db')), files.join(', '));
    for (const file of files) assert.equal(statSync(join(server.dataDir, file)).mode & 0o777, 0o600, file);
  });

  it('no AccessKey secret is stored in clear: not the operator\'s, not a tenant\'s, not one created with a ClientToken', async () => {
    const acct = await harness.createAccount();
    const token = `ct-${Date.now()}`;
    const created = await harness.operator.request('CreateAccessKey', { AccountId: acct.accountId, ClientToken: token }, { method: 'POST' });
    const bytes = await dataBytes(server.dataDir);
    for (const secret of [server.operator.accessKeySecret, acct.accessKeySecret, created.AccessKeySecret]) {
      assert.ok(secret.length >= 20);
      assert.equal(bytes.indexOf(Buffer.from(secret, 'utf8')), -1, 'a secret is in the data files in clear');
    }
  });

  it('CreateAccessKey retried with its ClientToken answers the same key and secret (read back from the sealed key)', async () => {
    const acct = await harness.createAccount();
    const token = `retry-${Date.now()}`;
    const first = await harness.operator.request('CreateAccessKey', { AccountId: acct.accountId, ClientToken: token }, { method: 'POST' });
    const again = await harness.operator.request('CreateAccessKey', { AccountId: acct.accountId, ClientToken: token }, { method: 'POST' });
    assert.equal(again.AccessKeyId, first.AccessKeyId);
    assert.equal(again.AccessKeySecret, first.AccessKeySecret);
    const accounts = await harness.operator.request('DescribeAccounts', { AccountId: acct.accountId }, { method: 'POST' });
    assert.equal(accounts.Accounts.Account[0].AccessKeyIds.AccessKeyId.length, 2, 'the retry made no third key');
  });
});

describe('the secrets key file', () => {
  it('a database opened with another key file does not start, and says which file to restore', async () => {
    const first = await startServer();
    await first.stop({ keepData: true });
    writeFileSync(join(first.dataDir, 'secrets.key'), randomBytes(32).toString('base64'));
    await assert.rejects(
      startServer({ dataDir: first.dataDir, operator: first.operator }),
      (err) => /OpenEip cannot start: .*secrets key file .*secrets\.key.*restore the key file/.test(err.message) && !/   at /.test(err.message),
    );
  });
});

describe('replay across restarts', () => {
  let server;
  let harness;
  let acct;
  before(async () => {
    server = await startServer();
    harness = new Harness(server);
    acct = await harness.createAccount();
  });
  after(async () => {
    await server?.stop();
  });

  async function restart({ crash }) {
    await server.stop({ crash, keepData: true });
    server = await startServer({ dataDir: server.dataDir, operator: server.operator, port: server.port });
    acct = acct.withServer(server);
  }

  const signed = (action, params, v3) => {
    const base = { baseUrl: server.baseUrl, ...acct.credRaw, action, params };
    return v3 ? prepareV3(base) : prepareV1(base);
  };
  const retarget = (prepared) => ({ ...prepared, url: prepared.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.baseUrl) });

  for (const crash of [false, true]) {
    it(`a captured V3 AllocateEipAddress replayed after a ${crash ? 'crash (SIGKILL)' : 'graceful restart'} is SignatureNonceUsed and allocates nothing`, async () => {
      const captured = signed('AllocateEipAddress', { RegionId: REGION }, true);
      expectRawOk(await send(captured));
      const before = (await acct.describe()).totalCount;
      await restart({ crash });
      expectRawError(await send(retarget(captured)), { code: 'SignatureNonceUsed', status: 400 });
      assert.equal((await acct.describe()).totalCount, before);
    });
  }

  it('a captured V1 request that failed (a ModifyEipAddressAttribute refused) cannot be replayed after a crash either', async () => {
    const captured = signed('ModifyEipAddressAttribute', { RegionId: REGION, AllocationId: 'eip-doesnotexist000000', Name: 'x' }, false);
    expectRawError(await send(captured), { code: 'InvalidAllocationId.NotFound', status: 404 });
    await restart({ crash: true });
    expectRawError(await send(retarget(captured)), { code: 'SignatureNonceUsed', status: 400 });
  });

  it('a captured read replayed after a graceful restart is SignatureNonceUsed', async () => {
    const captured = signed('DescribeEipAddresses', { RegionId: REGION }, true);
    expectRawOk(await send(captured));
    await restart({ crash: false });
    expectRawError(await send(retarget(captured)), { code: 'SignatureNonceUsed', status: 400 });
  });
});
