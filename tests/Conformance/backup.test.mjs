// Backup and restore on SQLite (issue 11): `OpenEip.Server backup --to FILE` copies the database while the
// server keeps serving; the copy plus the secrets key is a working installation: every account, key and EIP
// acknowledged before the backup is there, nothing after it, and tenants' AccessKeys still sign.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, serverDll } from './lib/server.mjs';
import { sqliteOnly } from './lib/postgres.mjs';
import { Harness } from './lib/harness.mjs';

describe('backup and restore (SQLite)', { skip: sqliteOnly('the online backup of the SQLite file') }, () => {
  let live;
  let restored;
  let acct;
  const scratch = mkdtempSync(join(tmpdir(), 'openeip-backup-'));
  const copy = join(scratch, 'openeip-backup.db');
  const restoreDir = join(scratch, 'restored');

  before(async () => {
    live = await startServer();
    acct = await new Harness(live).createAccount();
  });
  after(async () => {
    await restored?.stop({ keepData: true });
    await live?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('backs up a serving server\'s database to a private file, saying what it copied', async () => {
    await acct.allocate({ name: 'kept-1' });
    await acct.allocate({ name: 'kept-2' });

    const out = execFileSync('dotnet', [serverDll(), 'backup', '--to', copy], {
      env: { ...process.env, DOTNET_NOLOGO: '1', OpenEip__DataDir: live.dataDir },
      encoding: 'utf8',
    });

    assert.match(out, /\(2 EIPs\)/);
    assert.match(out, /secrets key/);
    assert.equal(statSync(copy).mode & 0o777, 0o600, 'the copy is private');
    // The live server goes on taking writes after the backup; this one is not in the copy.
    await acct.allocate({ name: 'after-backup' });
  });

  it('the copy with the secrets key starts as the installation as it was at the backup', async () => {
    execFileSync('mkdir', ['-p', restoreDir]);
    chmodSync(restoreDir, 0o700);
    copyFileSync(copy, join(restoreDir, 'openeip.db'));
    copyFileSync(join(live.dataDir, 'secrets.key'), join(restoreDir, 'secrets.key'));
    chmodSync(join(restoreDir, 'secrets.key'), 0o600);

    restored = await startServer({ dataDir: restoreDir, operator: live.operator });
    const there = acct.withServer(restored);

    // The tenant's AccessKey (sealed in the copy) still signs; its EIPs are those acknowledged before the backup.
    const names = (await there.describe()).eipAddresses.eipAddress.map((e) => e.name).sort();
    assert.deepEqual(names, ['kept-1', 'kept-2']);
    const { allocationId } = await there.allocate({ name: 'on-the-restored-one' });
    assert.ok(await there.describeOne(allocationId));
  });

  it('refuses clearly without --to, and for a data directory with no database', () => {
    const run = (args, dataDir) => {
      try {
        execFileSync('dotnet', [serverDll(), ...args], { env: { ...process.env, DOTNET_NOLOGO: '1', OpenEip__DataDir: dataDir }, encoding: 'utf8', stdio: 'pipe' });
        return { status: 0, stderr: '' };
      } catch (err) {
        return { status: err.status, stderr: String(err.stderr) };
      }
    };
    const noTarget = run(['backup'], live.dataDir);
    assert.equal(noTarget.status, 2);
    assert.match(noTarget.stderr, /backup needs --to FILE/);
    const empty = mkdtempSync(join(scratch, 'empty-'));
    const noDatabase = run(['backup', '--to', join(scratch, 'x.db')], empty);
    assert.equal(noDatabase.status, 1);
    assert.match(noDatabase.stderr, /There is no database at/);
    assert.ok(!/   at /.test(noDatabase.stderr), 'no stack trace');
  });
});
