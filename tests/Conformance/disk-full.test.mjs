// A full disk (issue 8): writes answer 503 ServiceUnavailable naming the cause, the episode is logged
// once (not once per request, and without a stack trace), reads keep working, the server starts
// (read-only) on a full disk, and writes resume once space is freed. The database lives on a small
// tmpfs this test mounts, so it needs root (CI runs as root); elsewhere it is skipped, saying why.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, writeSync, closeSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { sqliteOnly } from './lib/postgres.mjs';
import { Harness, REGION, expectError } from './lib/harness.mjs';
import { until } from './lib/lab.mjs';

const isRoot = process.getuid?.() === 0;
const skip = isRoot ? sqliteOnly('a full disk under the SQLite file') : 'needs root to mount a small tmpfs (CI runs as root)';

/** Writes zeros into a file until the filesystem refuses: the disk is then full. */
function fillDisk(path) {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if (err.code !== 'ENOSPC') throw err;
  }
  // Squeeze out the last partial megabyte too.
  const small = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, small);
  } catch (err) {
    if (err.code !== 'ENOSPC') throw err;
  }
  closeSync(fd);
}

const countLines = (log, text) => log.split('\n').filter((l) => l.includes(text)).length;

/** GET a health endpoint: { status, text }. */
async function probe(server, path) {
  const res = await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(5_000) });
  return { status: res.status, text: await res.text() };
}

describe('a full disk', { skip }, () => {
  let mountPoint;
  let server;
  let harness;
  let acct;
  let eip;
  const dataDir = () => join(mountPoint, 'data');
  const filler = () => join(mountPoint, 'filler');

  before(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'openeip-diskfull-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mountPoint]);
  });

  after(async () => {
    await server?.stop();
    try {
      execFileSync('umount', [mountPoint]);
    } finally {
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  it('starts normally with room to spare, and keeps its files private (folder 0700, files 0600)', async () => {
    server = await startServer({ dataDir: dataDir(), env: { 'OpenEip__AddressPools__cn-hangzhou__0': '198.51.100.0/26' } });
    harness = new Harness(server);
    acct = await harness.createAccount();
    ({ allocationId: eip } = await acct.allocate({ name: 'before' }));
    assert.equal(statSync(dataDir()).mode & 0o777, 0o700);
    for (const file of readdirSync(dataDir())) {
      assert.equal(statSync(join(dataDir(), file)).mode & 0o777, 0o600, `${file} is private`);
    }
  });

  it('writes answer 503 ServiceUnavailable naming the full disk, logged once; reads keep working', async () => {
    fillDisk(filler());
    // SQLite reuses the space its write-ahead log already holds, so writes go on for a while: until the log must grow.
    let lastName;
    let refused;
    for (let i = 0; i < 5000 && !refused; i++) {
      try {
        await acct.modify({ allocationId: eip, name: `during-${i}` });
        lastName = `during-${i}`;
      } catch (err) {
        refused = err;
      }
    }
    assert.equal(refused?.code, 'ServiceUnavailable', `a write is refused once the disk is full: ${refused}`);
    assert.equal(refused.statusCode, 503);
    assert.match(refused.data.Message, /disk holding the database is full/);
    for (let i = 0; i < 5; i++) {
      await expectError(acct.allocate({ name: `during-${i}` }), { code: 'ServiceUnavailable', status: 503 });
    }
    const described = await acct.describe();
    assert.equal(described.totalCount, 1, 'the EIP allocated before is still there and nothing else');
    assert.equal(described.eipAddresses.eipAddress[0].name, lastName ?? 'before', 'every acknowledged write is there');
    // Alive and still ready for reads, saying that writes are refused and why.
    assert.deepEqual(await probe(server, '/healthz'), { status: 200, text: 'ok' });
    const ready = await probe(server, '/readyz');
    assert.equal(ready.status, 200);
    assert.match(ready.text, /^ready, reads only: the store cannot be written: .*disk holding the database is full/);
    const log = server.log();
    assert.equal(countLines(log, 'The store cannot be written'), 1, `one log line for the episode:\n${log.slice(-2000)}`);
    assert.ok(!/Unexpected failure|   at /.test(log), 'no stack trace');
  });

  it('writes resume by themselves once space is freed, and /readyz says ready again', async () => {
    rmSync(filler());
    const { allocationId } = await until('a write succeeds once space is freed', () => acct.allocate({ name: 'after' }).catch((e) => e), (r) => r.allocationId, 20_000);
    assert.ok(await acct.describeOne(allocationId));
    assert.match(server.log(), /takes writes again/);
    assert.deepEqual(await probe(server, '/readyz'), { status: 200, text: 'ready' });
  });

  it('starts read-only on a full disk: reads work, writes are 503, and writes resume once space is freed', async () => {
    await server.stop({ keepData: true });
    assert.ok(!readdirSync(dataDir()).includes('openeip.db-wal'), 'a clean stop leaves no write-ahead log');
    fillDisk(filler());
    server = await startServer({ dataDir: dataDir(), operator: server.operator });
    const again = acct.withServer(server);
    assert.equal((await again.describe()).totalCount, 2);
    await expectError(again.allocate({ name: 'still-full' }), { code: 'ServiceUnavailable', status: 503 });
    assert.match(server.log(), /Started read-only/);
    assert.equal((await probe(server, '/healthz')).status, 200);
    assert.match((await probe(server, '/readyz')).text, /^ready, reads only: .*started while the disk holding its database was full/);
    assert.ok(!/   at /.test(server.log()), `no stack trace while read-only:\n${server.log().slice(-3000)}`);

    rmSync(filler());
    const { allocationId } = await until('a write succeeds once space is freed', () => again.allocate({ name: 'after-restart' }).catch((e) => e), (r) => r.allocationId, 20_000);
    assert.ok(await again.describeOne(allocationId));
    assert.match(server.log(), /takes writes again/);
    assert.deepEqual(await probe(server, '/readyz'), { status: 200, text: 'ready' });
  });
});
