// Starts and stops an OpenEip server as a child process (the run contract of the conformance suite).
//
//   dotnet <OpenEip.Server.dll> --urls http://127.0.0.1:<free port>
//   OpenEip__DataDir=<fresh temp dir>, OpenEip__Bootstrap__AccessKeyId/AccessKeySecret=<operator key>,
//   OpenEip__Clock__Adjustable=true, OpenEip__DataPlane__ConfirmDelay=0, plus per-file extras
//   (e.g. OpenEip__AddressPools__<region>__0=<cidr>). With OPENEIP_CONFORMANCE_POSTGRES set, on a PostgreSQL
//   database of its own instead of SQLite (lib/postgres.mjs).
//
// Readiness is GET /healthz answering 200 (bounded by 30 s); stop() sends SIGTERM and waits for exit.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { postgresEnv, dropDatabase } from './postgres.mjs';
import { setTimeout as delay } from 'node:timers/promises';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DLL = resolve(here, '../../../src/OpenEip.Server/bin/Release/net10.0/OpenEip.Server.dll');

export function serverDll() {
  return process.env.OPENEIP_SERVER_DLL || DEFAULT_DLL;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const MAX_LOG = 256 * 1024;

/**
 * Starts a server. Returns { port, baseUrl, endpoint, operator: {accessKeyId, accessKeySecret},
 * dataDir, log(), stop({crash, keepData}) }. Passing the dataDir and operator of a stopped server (stopped
 * with keepData) starts it again on the same database: a restart (pass its port too to keep the address
 * a V3 signature covers). onOutput(text), if given, sees all the server prints as it comes (a benchmark reads its log lines).
 * A server that does not start removes its data directory and database, unless keepDataOnFailure: a restart on data
 * that other live servers share must not take it from under them.
 */
export async function startServer({ env = {}, startupTimeoutMs = 30_000, dataDir: reuseDataDir, operator: reuseOperator, port: reusePort, onOutput, keepDataOnFailure = false } = {}) {
  const dll = serverDll();
  if (!existsSync(dll)) {
    throw new Error(`OpenEip server not built: ${dll} does not exist (build with 'dotnet build -c Release' or set OPENEIP_SERVER_DLL)`);
  }
  const port = reusePort ?? await freePort();
  const dataDir = reuseDataDir ?? await mkdtemp(join(tmpdir(), 'openeip-conformance-'));
  const operator = reuseOperator ?? {
    accessKeyId: 'LTAItestoperator0000000',
    accessKeySecret: randomBytes(22).toString('base64url'),
  };
  const storeEnv = await postgresEnv(dataDir, { fresh: !reuseDataDir });
  let output = '';
  const append = (chunk) => {
    onOutput?.(chunk.toString('utf8'));
    output += chunk.toString('utf8');
    if (output.length > MAX_LOG) output = output.slice(-MAX_LOG);
  };
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], {
    env: {
      ...process.env,
      DOTNET_NOLOGO: '1',
      OpenEip__DataDir: dataDir,
      OpenEip__Bootstrap__AccessKeyId: operator.accessKeyId,
      OpenEip__Bootstrap__AccessKeySecret: operator.accessKeySecret,
      OpenEip__Clock__Adjustable: 'true',
      OpenEip__DataPlane__ConfirmDelay: '0',
      ...storeEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  let exitInfo = null;
  let stopping = false;
  const exited = new Promise((res) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      res(exitInfo);
    });
    child.once('error', (err) => {
      exitInfo = { code: null, signal: null, error: err };
      res(exitInfo);
    });
  });

  const baseUrl = `http://127.0.0.1:${port}`;

  /** crash: SIGKILL at once (no graceful shutdown); keepData: leave the database for a restart. */
  async function stop({ crash = false, keepData = false } = {}) {
    if (!exitInfo) {
      stopping = true;
      child.kill(crash ? 'SIGKILL' : 'SIGTERM');
      const done = await Promise.race([exited, delay(10_000, null, { ref: false })]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    } else if (!stopping) {
      // The server died during the tests: show why.
      console.error(`[openeip server on ${port} exited unexpectedly: ${JSON.stringify(exitInfo)}]\n${output}`);
    }
    if (process.env.OPENEIP_CONFORMANCE_SERVER_LOG) console.error(output);
    if (!keepData) {
      await rm(dataDir, { recursive: true, force: true });
      await dropDatabase(dataDir);
    }
  }

  const deadline = Date.now() + startupTimeoutMs;
  for (;;) {
    if (exitInfo) {
      if (!keepDataOnFailure) {
        await rm(dataDir, { recursive: true, force: true });
        await dropDatabase(dataDir);
      }
      throw new Error(`OpenEip server exited during startup (${JSON.stringify(exitInfo)}):\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop({ keepData: keepDataOnFailure });
      throw new Error(`OpenEip server did not answer /healthz with 200 within ${startupTimeoutMs} ms:\n${output}`);
    }
    // Poll the health endpoint again shortly, or stop at once if the process exits.
    await Promise.race([exited, delay(100)]);
  }

  return {
    port,
    baseUrl,
    endpoint: `127.0.0.1:${port}`,
    operator,
    dataDir,
    log: () => output,
    isRunning: () => !exitInfo,
    stop,
  };
}
