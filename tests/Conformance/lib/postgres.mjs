// The suite on PostgreSQL: when OPENEIP_CONFORMANCE_POSTGRES holds an Npgsql connection string without a Database
// (scripts/throwaway-postgres.sh prints one), every server the suite starts uses a PostgreSQL database of its own
// (OpenEip__Store=Postgres), named after its data directory, so that a restart on the same data directory, or a second
// server given it, shares the database as it would share the SQLite file. Without it, servers use SQLite.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const POSTGRES = process.env.OPENEIP_CONFORMANCE_POSTGRES || null;

/** Why a test that needs the SQLite file cannot run in this pass, or false. For `test(name, { skip: sqliteOnly('...') })`. */
export function sqliteOnly(what) {
  return POSTGRES ? `${what}: SQLite only; this pass runs on PostgreSQL` : false;
}

function settings() {
  const parts = Object.fromEntries(POSTGRES.split(';').filter(Boolean).map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i).trim().toLowerCase(), p.slice(i + 1).trim()];
  }));
  return { host: parts.host ?? '127.0.0.1', port: parts.port ?? '5432', user: parts.username ?? parts.user ?? 'postgres' };
}

function psql() {
  const bin = readdirSync('/usr/lib/postgresql').sort().map((v) => `/usr/lib/postgresql/${v}/bin/psql`).pop();
  return bin;
}

export function databaseFor(dataDir) {
  return `openeip_${createHash('sha256').update(dataDir).digest('hex').slice(0, 20)}`;
}

async function sql(statement) {
  const { host, port, user } = settings();
  await run(psql(), ['-h', host, '-p', port, '-U', user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', statement]);
}

/** The server's environment for a data directory; creates its database the first time. */
export async function postgresEnv(dataDir, { fresh }) {
  if (!POSTGRES) return {};
  const database = databaseFor(dataDir);
  if (fresh) await sql(`CREATE DATABASE ${database}`);
  return { OpenEip__Store: 'Postgres', ConnectionStrings__OpenEip: `${POSTGRES};Database=${database}` };
}

export async function dropDatabase(dataDir) {
  if (!POSTGRES) return;
  await sql(`DROP DATABASE IF EXISTS ${databaseFor(dataDir)} WITH (FORCE)`);
}

/** The whole database of a data directory as pg_dump writes it (plain SQL), for tests that look at what is stored. */
export async function dumpDatabase(dataDir) {
  const { host, port, user } = settings();
  const pgDump = psql().replace(/psql$/, 'pg_dump');
  const { stdout } = await run(pgDump, ['-h', host, '-p', port, '-U', user, '--data-only', databaseFor(dataDir)], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
  return stdout;
}
