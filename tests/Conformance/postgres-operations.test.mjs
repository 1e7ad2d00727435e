// Operating an installation on PostgreSQL (issue 11): `OpenEip.Server migrate` before deploying servers,
// `OpenEip.Server copy-to-postgres` to move an installation from SQLite, and pg_dump / pg_restore as its backup.
// Each is checked through the SDKs on a server started on the result: accounts and their AccessKeys (sealed with
// the installation's secrets key, which goes along), EIPs, their bindings and tags, and the audit trail in its
// order; and new writes (new addresses, recoveries, audit events) carry on where the old ones stopped.
//
// Needs PostgreSQL: runs when OPENEIP_CONFORMANCE_POSTGRES holds a connection string without a Database
// (scripts/throwaway-postgres.sh start DIR prints one). `migrate` on SQLite is checked in every pass.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer, serverDll } from './lib/server.mjs';
import { POSTGRES } from './lib/postgres.mjs';
import { Harness, Account, Vpc, REGION, expectError } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE, until } from './lib/lab.mjs';

const run = promisify(execFile);
const needsPostgres = POSTGRES ? false
  : 'needs PostgreSQL: set OPENEIP_CONFORMANCE_POSTGRES to a connection string without Database (scripts/throwaway-postgres.sh start DIR prints one)';
const scratch = mkdtempSync(join(tmpdir(), 'openeip-pg-ops-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// --- the server's commands -------------------------------------------------------------------------------------

/** Runs `dotnet <server dll> <args>` with these settings; { status, stdout, stderr }, never throws. */
async function command(args, env) {
  try {
    const { stdout, stderr } = await run('dotnet', [serverDll(), ...args], { env: { ...process.env, DOTNET_NOLOGO: '1', ...env } });
    return { status: 0, stdout, stderr };
  } catch (err) {
    return { status: err.code, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

/** A failure an operator reads: one line, no stack trace. */
function assertOneLine(stderr) {
  assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
  assert.ok(!/\n\s+at /.test(stderr), `no stack trace: ${stderr}`);
}

// --- PostgreSQL, as an operator drives it ------------------------------------------------------------------------

function settings() {
  const parts = Object.fromEntries(POSTGRES.split(';').filter(Boolean).map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i).trim().toLowerCase(), p.slice(i + 1).trim()];
  }));
  return ['-h', parts.host ?? '127.0.0.1', '-p', parts.port ?? '5432', '-U', parts.username ?? parts.user ?? 'postgres'];
}

function tool(name) {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return `/usr/lib/postgresql/${versions.at(-1)}/bin/${name}`;
}

async function psql(database, statement) {
  const { stdout } = await run(tool('psql'), [...settings(), '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', statement]);
  return stdout.trim();
}

const databases = [];
/** A new, empty database of this file's own (dropped at the end). */
async function newDatabase() {
  const name = `openeip_ops_${randomBytes(6).toString('hex')}`;
  await psql('postgres', `CREATE DATABASE ${name}`);
  databases.push(name);
  return name;
}
after(async () => {
  for (const name of databases) await psql('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

const connectionTo = (database) => `${POSTGRES};Database=${database}`;
const onPostgres = (database) => ({ OpenEip__Store: 'Postgres', ConnectionStrings__OpenEip: connectionTo(database) });

/** A data directory of its own holding only the secrets key of `from` (0700 and 0600, as the server keeps them). */
function dataDirWithKeyOf(from) {
  const dir = mkdtempSync(join(scratch, 'data-'));
  chmodSync(dir, 0o700);
  copyFileSync(join(from, 'secrets.key'), join(dir, 'secrets.key'));
  chmodSync(join(dir, 'secrets.key'), 0o600);
  return dir;
}

// --- what an installation looks like through the API ---------------------------------------------------------------

/** Every audit event, newest first, as the operator pages through them. */
async function auditTrail(harness) {
  const events = [];
  for (let page = 1; ; page++) {
    const r = await harness.operator.request('DescribeAuditEvents', { PageSize: '100', PageNumber: String(page) }, { method: 'POST' });
    events.push(...r.AuditEvents.AuditEvent);
    if (r.AuditEvents.AuditEvent.length === 0 || events.length >= r.TotalCount) return events;
  }
}

async function eipsOf(acct) {
  return (await acct.describe({ pageSize: 100 })).eipAddresses.eipAddress.sort((a, b) => a.allocationId.localeCompare(b.allocationId));
}

async function tagged(acct, key, value) {
  const { body } = await acct.vpc.listTagResources(new Vpc.ListTagResourcesRequest({
    regionId: REGION, resourceType: 'EIP', tag: [new Vpc.ListTagResourcesRequestTag({ key, value })],
  }));
  return body.tagResources.tagResource.map((t) => `${t.resourceId} ${t.tagKey}=${t.tagValue}`).sort();
}

/** What the checks compare before and after a move: every account's EIPs, tags, bindings, and the trail. */
async function stateOf(harness, accounts, instance) {
  const [a, b] = accounts;
  return {
    eips: { a: await eipsOf(a), b: await eipsOf(b) },
    tags: await tagged(a, 'env', 'prod'),
    onInstance: (await a.describe({ associatedInstanceId: instance })).eipAddresses.eipAddress.map((e) => e.allocationId),
    trail: (await auditTrail(harness)).map((e) => `${e.EventId} ${e.EventAction} ${e.ErrorCode}`),
  };
}

/**
 * Two tenants on a server: EIPs bound to a running instance, tagged, released and recovered, a second AccessKey,
 * a refused call in the audit trail. Returns what to find again and who can look.
 */
async function buildState(server) {
  const ctx = { server, harness: new Harness(server) };
  const lab = await Lab.create(ctx);
  const a = lab.acct;
  const b = await ctx.harness.createAccount();
  const instance = await lab.instance();
  const bound = await lab.eip({ name: 'bound' });
  await lab.bind(bound, instance);
  const prod = await lab.eip({ name: 'prod' });
  await a.tag([prod], [{ key: 'env', value: 'prod' }]);
  // A recovery now (eip_recoveries numbers it), and the address released again for one after the move.
  const gone = await a.allocate({ name: 'released' });
  await a.release(gone.allocationId);
  const back = await a.allocatePro({ ipAddress: gone.eipAddress });
  await a.release(back.allocationId);
  // With a ClientToken: SQLite numbers its tokens' rows for itself (0021_idempotency_appended.sql); a retry after the move still gets this EIP.
  const tokened = await b.allocate({ name: 'b-1', clientToken: 'moved-token-1' });
  const key = await ctx.harness.createAccessKey(b.accountId);
  const b2 = new Account(server, { accountId: b.accountId, accessKeyId: key.AccessKeyId, accessKeySecret: key.AccessKeySecret });
  await expectError(a.release('eip-doesnotexist000000'), { code: 'InvalidAllocationId.NotFound' });
  await until('the refused call is in the trail', () => auditTrail(ctx.harness), (t) => t.some((e) => e.ErrorCode === 'InvalidAllocationId.NotFound'));
  const addresses = [gone.eipAddress, ...(await eipsOf(a)).map((e) => e.ipAddress), ...(await eipsOf(b)).map((e) => e.ipAddress)];
  return { harness: ctx.harness, accounts: [a, b, b2], instance, bound, prod, released: gone.eipAddress, addresses, tokened };
}

// --- the tests ---------------------------------------------------------------------------------------------------

describe('migrate (SQLite)', () => {
  it('applies the SQLite migrations to a new data directory, then finds it up to date', async () => {
    const dataDir = join(scratch, 'migrate-sqlite');
    const env = { OpenEip__Store: 'Sqlite', OpenEip__DataDir: dataDir };
    const first = await command(['migrate'], env);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Applied \d+ migrations to the SQLite database .*openeip\.db \(created\): 0001_initial\.sql, /);
    const again = await command(['migrate'], env);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /openeip\.db is already up to date\./);
  });
});

// The PostgreSQL migrations the server embeds, in the order it applies them (their file names sort as their numbers).
const POSTGRES_MIGRATIONS = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/OpenEip.Storage/Migrations/Postgres'))
  .filter((f) => f.endsWith('.sql')).sort();
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MIGRATION_LIST = POSTGRES_MIGRATIONS.map(escapeRegExp).join(', ');

describe('migrate (PostgreSQL)', { skip: needsPostgres }, () => {
  it('applies the migrations to a new database and says which; a second run finds it up to date', async () => {
    const database = await newDatabase();
    const first = await command(['migrate'], onPostgres(database));
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^Applied ${POSTGRES_MIGRATIONS.length} migrations? to the PostgreSQL database ${database} on [^ ]+: ${MIGRATION_LIST}\\.`));
    assert.equal(await psql(database, 'SELECT string_agg(version, \',\' ORDER BY version) FROM schema_migrations'), POSTGRES_MIGRATIONS.join(','));
    const again = await command(['migrate'], onPostgres(database));
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`^The PostgreSQL database ${database} on [^ ]+ is already up to date\\.`));
  });

  it('a database it cannot reach, or cannot find, is one line and exit code 1; no connection string is a usage error', async () => {
    const unreachable = await command(['migrate'], { OpenEip__Store: 'Postgres', ConnectionStrings__OpenEip: 'Host=127.0.0.1;Port=1;Username=postgres;Database=x;Timeout=3' });
    assert.equal(unreachable.status, 1);
    assert.match(unreachable.stderr, /^The migration failed: .*127\.0\.0\.1:1/);
    assertOneLine(unreachable.stderr);
    const missing = await command(['migrate'], onPostgres('openeip_ops_not_there'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /database "openeip_ops_not_there" does not exist/);
    assertOneLine(missing.stderr);
    const unset = await command(['migrate'], { OpenEip__Store: 'Postgres' });
    assert.equal(unset.status, 2);
    assert.match(unset.stderr, /^migrate on PostgreSQL needs ConnectionStrings:OpenEip/);
  });
});

describe('copy-to-postgres: moving an installation from SQLite', { skip: needsPostgres }, () => {
  let sqlite;
  let moved;
  let built;
  let before;
  let database;

  after(async () => {
    await moved?.stop();
    await sqlite?.stop();
  });

  it('copies every table of a stopped SQLite installation into a new database, counting the rows', async () => {
    // SQLite even in the PostgreSQL pass: a per-test setting comes after the pass's.
    sqlite = await startServer({ env: { ...FAST_COMPUTE, OpenEip__Store: 'Sqlite' } });
    built = await buildState(sqlite);
    before = await stateOf(built.harness, built.accounts, built.instance);
    await sqlite.stop({ keepData: true });

    database = await newDatabase();
    const copy = await command(['copy-to-postgres'], { OpenEip__DataDir: sqlite.dataDir, ConnectionStrings__OpenEip: connectionTo(database) });
    assert.equal(copy.status, 0, copy.stderr);
    assert.match(copy.stdout, new RegExp(`^Copied .*openeip\\.db into the PostgreSQL database ${database} on [^ ]+ \\(migrated first: ${MIGRATION_LIST}\\):`));
    for (const table of ['accounts', 'access_keys', 'eips', 'eip_bindings', 'tags', 'instances', 'audit_events', 'eip_recoveries', 'pool_addresses', 'idempotency']) {
      assert.match(copy.stdout, new RegExp(`^  ${table} +[1-9]\\d*$`, 'm'), `${table} is copied, with rows`);
    }
    assert.match(copy.stdout, /^  total +\d+ rows in \d+ tables$/m);
    // Every nonce, which SQLite appends without a key (0020_spent_nonces.sql), goes to request_nonces: spent before the move, spent after it.
    const nonces = Number(copy.stdout.match(/^ {2}spent_nonces → request_nonces +(\d+)$/m)?.[1]);
    assert.ok(nonces > 0, copy.stdout);
    assert.doesNotMatch(copy.stdout, /^ {2}request_nonces /m, 'SQLite has no request_nonces of its own');
    assert.equal(Number(await psql(database, 'SELECT COUNT(*) FROM request_nonces')), nonces);
    assert.match(copy.stdout, /OpenEip:Store=Postgres/);
    assert.match(copy.stdout, /same secrets key file/);
    // The copy's rows are PostgreSQL's now: the accounts and audit events counted as SQLite had them.
    const audit = Number(copy.stdout.match(/^ {2}audit_events +(\d+)$/m)[1]);
    assert.equal(audit, before.trail.length);
    assert.equal(Number(await psql(database, 'SELECT COUNT(*) FROM audit_events')), audit);
  });

  it('a server on the copy, with the same secrets key, finds everything: EIPs, bindings, tags, AccessKeys, the audit trail in order', async () => {
    moved = await startServer({ dataDir: sqlite.dataDir, operator: sqlite.operator, env: { ...FAST_COMPUTE, ...onPostgres(database) } });
    assert.match(await psql(database, 'SELECT COUNT(*) FROM accounts'), /^[1-9]/);
    const harness = new Harness(moved);
    // The tenants' AccessKeys (sealed in SQLite, copied sealed) still sign, the second key of b too.
    const accounts = built.accounts.map((acct) => acct.withServer(moved));
    const after = await stateOf(harness, accounts, built.instance);
    assert.deepEqual(after.eips, before.eips);
    assert.deepEqual(after.tags, before.tags);
    assert.deepEqual(after.onInstance, [built.bound]);
    assert.equal((await accounts[0].describeOne(built.bound)).status, 'InUse');
    assert.deepEqual(after.trail, before.trail, 'the same events, in the same order (SQLite rowid became seq)');
    assert.equal((await eipsOf(accounts[2])).length, 1, 'the second AccessKey of b signs');
  });

  it('new writes carry on: a new address never held, a recovery, audit events after the copied ones', async () => {
    const harness = new Harness(moved);
    const [a, b] = built.accounts.map((acct) => acct.withServer(moved));
    const retried = await b.allocate({ name: 'b-1', clientToken: 'moved-token-1' });
    assert.equal(retried.allocationId, built.tokened.allocationId, 'a retry of a call made before the move gets its first result');
    const fresh = await a.allocate({ name: 'after-the-move' });
    assert.ok(!built.addresses.includes(fresh.eipAddress), `${fresh.eipAddress} was held before the move`);
    // eip_recoveries numbers this one after the copied recovery (its identity continued past it).
    const back = await a.allocatePro({ ipAddress: built.released });
    assert.equal(back.eipAddress, built.released);
    await b.allocate({ name: 'b-2' });
    await harness.createAccount();

    const trail = await auditTrail(harness);
    const copied = before.trail.length;
    assert.deepEqual(trail.slice(trail.length - copied).map((e) => `${e.EventId} ${e.EventAction} ${e.ErrorCode}`), before.trail, 'the copied trail is still the oldest part, in order');
    assert.deepEqual(trail.slice(0, 4).map((e) => e.EventAction), ['CreateAccount', 'AllocateEipAddress', 'AllocateEipAddressPro', 'AllocateEipAddress']);
    // seq went on past the copied values: unique, and the newest event has the highest.
    const [count, distinct, max] = (await psql(database, 'SELECT COUNT(*), COUNT(DISTINCT seq), MAX(seq) FROM audit_events')).split('|').map(Number);
    assert.equal(distinct, count);
    assert.equal(Number(await psql(database, 'SELECT seq FROM audit_events ORDER BY event_time DESC, seq DESC LIMIT 1')), max);
    assert.equal(await psql(database, 'SELECT COUNT(DISTINCT id) FROM eip_recoveries'), '2');
  });
});

describe('copy-to-postgres refuses', { skip: needsPostgres }, () => {
  let sqlite;
  after(async () => {
    await sqlite?.stop();
  });

  it('copies from a serving SQLite server (an online snapshot) into a database already migrated, once; a second copy into it is refused', async () => {
    sqlite = await startServer({ env: { OpenEip__Store: 'Sqlite' } });
    const acct = await new Harness(sqlite).createAccount();
    await acct.allocate({ name: 'one' });
    const database = await newDatabase();
    assert.equal((await command(['migrate'], onPostgres(database))).status, 0);

    const env = { OpenEip__DataDir: sqlite.dataDir, ConnectionStrings__OpenEip: connectionTo(database) };
    const first = await command(['copy-to-postgres'], env);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`into the PostgreSQL database ${database} on [^ ]+:\\n`), 'nothing to migrate first');
    const eips = await psql(database, 'SELECT COUNT(*) FROM eips');
    assert.equal(eips, '1');

    await acct.allocate({ name: 'two' });
    const second = await command(['copy-to-postgres'], env);
    assert.equal(second.status, 1);
    assert.match(second.stderr, new RegExp(`^The copy failed: The PostgreSQL database ${database} already holds data \\(accounts, .*\\); the copy goes only into an empty database`));
    assertOneLine(second.stderr);
    assert.equal(await psql(database, 'SELECT COUNT(*) FROM eips'), eips, 'the refused copy changed nothing');
  });

  it('a data directory without a database or without its secrets key, an unreachable target, or none, is said in one line', async () => {
    const database = await newDatabase();
    const empty = mkdtempSync(join(scratch, 'empty-'));
    const noDatabase = await command(['copy-to-postgres'], { OpenEip__DataDir: empty, ConnectionStrings__OpenEip: connectionTo(database) });
    assert.equal(noDatabase.status, 1);
    assert.match(noDatabase.stderr, /^The copy failed: There is no database at .*openeip\.db/);
    assertOneLine(noDatabase.stderr);

    const keyless = mkdtempSync(join(scratch, 'keyless-'));
    copyFileSync(join(sqlite.dataDir, 'openeip.db'), join(keyless, 'openeip.db'));
    const noKey = await command(['copy-to-postgres'], { OpenEip__DataDir: keyless, ConnectionStrings__OpenEip: connectionTo(database) });
    assert.equal(noKey.status, 1);
    assert.match(noKey.stderr, /There is no secrets key at .*secrets\.key/);
    assertOneLine(noKey.stderr);

    const unreachable = await command(['copy-to-postgres'], { OpenEip__DataDir: sqlite.dataDir, ConnectionStrings__OpenEip: 'Host=127.0.0.1;Port=1;Username=postgres;Database=x;Timeout=3' });
    assert.equal(unreachable.status, 1);
    assert.match(unreachable.stderr, /^The copy failed: .*127\.0\.0\.1:1/);
    assertOneLine(unreachable.stderr);

    const noTarget = await command(['copy-to-postgres'], { OpenEip__DataDir: sqlite.dataDir, ConnectionStrings__OpenEip: '' });
    assert.equal(noTarget.status, 2);
    assert.match(noTarget.stderr, /copy-to-postgres needs ConnectionStrings:OpenEip/);
    assert.equal(await psql(database, 'SELECT COUNT(*) FROM pg_tables WHERE schemaname = \'public\''), '0', 'nothing was created');
  });
});

describe('backup and restore with pg_dump and pg_restore', { skip: needsPostgres }, () => {
  let live;
  let restored;
  after(async () => {
    await restored?.stop();
    await live?.stop();
  });

  it('a pg_dump of a serving server\'s database, restored into a new database with the secrets key, is the installation as it was', async () => {
    const database = await newDatabase();
    live = await startServer({ env: { ...FAST_COMPUTE, ...onPostgres(database) } });
    const built = await buildState(live);
    const before = await stateOf(built.harness, built.accounts, built.instance);

    const dump = join(scratch, 'openeip.dump');
    await run(tool('pg_dump'), [...settings(), '-Fc', '-f', dump, database]);
    await built.accounts[0].allocate({ name: 'after-the-dump' });

    const target = await newDatabase();
    await run(tool('pg_restore'), [...settings(), '--exit-on-error', '--no-owner', '-d', target, dump]);
    restored = await startServer({ dataDir: dataDirWithKeyOf(live.dataDir), operator: live.operator, env: { ...FAST_COMPUTE, ...onPostgres(target) } });
    const harness = new Harness(restored);
    const accounts = built.accounts.map((acct) => acct.withServer(restored));
    const after = await stateOf(harness, accounts, built.instance);
    assert.deepEqual(after, before, 'EIPs, tags, bindings and the audit trail as at the dump; nothing after it');

    // The restored identities go on too.
    const fresh = await accounts[0].allocate({ name: 'on-the-restored-one' });
    assert.ok(!built.addresses.includes(fresh.eipAddress));
    assert.equal((await accounts[0].allocatePro({ ipAddress: built.released })).eipAddress, built.released);
    assert.equal((await auditTrail(harness))[0].EventAction, 'AllocateEipAddressPro');
  });
});
