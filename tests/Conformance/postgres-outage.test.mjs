// PostgreSQL restarting under load (issue 11): a server on a PostgreSQL of this file's own keeps serving through an
// outage. Calls made while the database is down wait for it (up to 3 s), then answer 503 ServiceUnavailable naming
// PostgreSQL, never a 500; /healthz says the store is unreachable; when PostgreSQL is back the same server process
// serves again by itself, every acknowledged call is there once, and a call retried with its ClientToken gets its
// first answer. Runs in the PostgreSQL pass only (it needs PostgreSQL's binaries to run a second server).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { Harness, expectError } from './lib/harness.mjs';
import { POSTGRES } from './lib/postgres.mjs';
import { until } from './lib/lab.mjs';

const script = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/throwaway-postgres.sh');
const skip = POSTGRES ? false : 'needs PostgreSQL (the PostgreSQL pass of the test command sets OPENEIP_CONFORMANCE_POSTGRES)';

async function probe(server, path) {
  const res = await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
  return { status: res.status, text: await res.text() };
}

describe('PostgreSQL restarting under load', { skip }, () => {
  let pgDir;
  let server;
  let acct;
  const postgres = (command) => execFileSync('bash', [script, command, pgDir], { encoding: 'utf8' }).trim();

  before(async () => {
    // The script hands this folder to the postgres user (PostgreSQL refuses to run as root).
    pgDir = mkdtempSync(join(tmpdir(), 'openeip-outage-'));
    const connection = postgres('start');
    const psql = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'], { encoding: 'utf8' }).trim() + '/psql';
    const port = /Port=(\d+)/.exec(connection)[1];
    execFileSync(psql, ['-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-q', '-c', 'CREATE DATABASE outage']);
    server = await startServer({
      env: {
        OpenEip__Store: 'Postgres',
        ConnectionStrings__OpenEip: `${connection};Database=outage`,
        'OpenEip__AddressPools__cn-hangzhou__0': '198.51.100.0/24',
      },
    });
    const harness = new Harness(server);
    acct = await harness.createAccount();
    await harness.setQuota(acct.accountId, 'eip-postpaid-per-region', 200);
  });

  after(async () => {
    await server?.stop();
    if (pgDir) postgres('stop');
  });

  it('while PostgreSQL is down, calls answer 503 naming it and /healthz says so; once it is back the same process serves again, and every acknowledged call is there once', async () => {
    const acknowledged = new Map(); // ClientToken -> AllocationId
    const refused = [];
    let running = true;
    // Four clients allocating in a loop, each call with a ClientToken; a refused call is retried with its token.
    const client = async (n) => {
      for (let i = 0; running; i++) {
        const token = `outage-${n}-${i}`;
        for (;;) {
          try {
            const { allocationId } = await acct.allocate({ clientToken: token });
            acknowledged.set(token, allocationId);
            break;
          } catch (err) {
            refused.push(err);
            assert.equal(err.code, 'ServiceUnavailable', `only 503 while PostgreSQL is away: ${err}`);
            assert.equal(err.statusCode, 503);
            if (!running) return;
          }
        }
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    await until('some allocations before the outage', () => acknowledged.size, (n) => n >= 8, 20_000);

    postgres('pause');
    const during = await acct.allocate({ clientToken: 'during-outage' }).catch((e) => e);
    assert.equal(during.code, 'ServiceUnavailable', `${during}`);
    assert.match(during.data.Message, /PostgreSQL/);
    const health = await probe(server, '/healthz');
    assert.equal(health.status, 503);
    assert.match(health.text, /PostgreSQL/);

    postgres('resume');
    const countAtResume = acknowledged.size;
    await until('allocations go on after PostgreSQL is back', () => acknowledged.size, (n) => n >= countAtResume + 8, 30_000);
    running = false;
    await Promise.all(clients);

    assert.ok(refused.length > 0, 'the clients met the outage');
    assert.deepEqual(await probe(server, '/healthz'), { status: 200, text: 'ok' });
    const retried = await acct.allocate({ clientToken: 'during-outage' });
    const again = await acct.allocate({ clientToken: 'during-outage' });
    assert.equal(again.allocationId, retried.allocationId, 'a retry with the ClientToken gets the first answer');
    acknowledged.set('during-outage', retried.allocationId);

    const described = await acct.describe({ pageSize: 100 });
    const ids = new Set([...acknowledged.values()]);
    assert.equal(ids.size, acknowledged.size, 'no two tokens got the same EIP');
    assert.equal(described.totalCount, ids.size, 'every acknowledged allocation is there, and nothing else');
    const log = server.log();
    assert.match(log, /PostgreSQL cannot be used/);
    assert.match(log, /PostgreSQL answers again/);
    assert.ok(!/Unexpected failure/.test(log), `no 500 during the outage:\n${log.slice(-3000)}`);
  });
});
