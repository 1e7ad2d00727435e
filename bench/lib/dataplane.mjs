// What the data-plane benchmarks share: a server with the nftables driver and the address pools they
// need, its data-plane log lines, percentiles, and a cleanup that runs however the benchmark ends (normal
// end, an error, Ctrl-C): the processes it started stopped, the server stopped and its data directory
// removed, every namespace of the data plane deleted, temporary directories removed.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startServer } from '../../tests/Conformance/lib/server.mjs';
import { Harness } from '../../tests/Conformance/lib/harness.mjs';
import { FAST_COMPUTE } from '../../tests/Conformance/lib/lab.mjs';
import { dataPlaneSkipReason, namespaces, stopAll } from '../../tests/Conformance/lib/netns.mjs';

export const REGION = 'cn-hangzhou';
// 131,068 addresses (a range holds at most 65,536: two /16s), clear of the tests' 100.96.0.0/21 and of 198.18.0.0/15.
export const POOLS = ['100.64.0.0/16', '100.65.0.0/16'];
export const INTERNET = 'openeip-internet';

/** The namespaces the data plane owns (ADR 4's names, as dataplane.test.mjs tells them). */
export function ownedNamespaces() {
  return namespaces().filter((n) => n === 'openeip-internet' || n.startsWith('openeip-gw-') || /^(i|eni|lb|vpc)-[a-z0-9]+$/.test(n));
}

/** Throws unless this host can run the data plane and none runs now (a host has one data plane; a test run's would be broken, or would delete ours). */
export function checkHost() {
  const reason = dataPlaneSkipReason();
  if (reason) throw new Error(`cannot run: ${reason}`);
  const owned = ownedNamespaces();
  if (owned.length > 0) throw new Error(`cannot run: a data plane is running on this host (${owned.slice(0, 5).join(', ')}); stop it (or delete these namespaces) first`);
}

const cleanups = [];
let cleaning = null;
// Set once checkHost() passed: only then are the data plane's namespaces this benchmark's to delete.
let hostIsOurs = false;

/** Registers work for the cleanup (last registered runs first). */
export function atCleanup(work) {
  cleanups.push(work);
}

/** Runs the cleanup once: registered work, processes, namespaces. */
export function cleanup() {
  cleaning ??= (async () => {
    stopAll();
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
    for (const ns of hostIsOurs ? ownedNamespaces() : []) {
      try {
        execFileSync('ip', ['netns', 'delete', ns]);
      } catch (error) {
        console.error(`cleanup: ip netns delete ${ns}: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

/** Runs main, then the cleanup, also on Ctrl-C or SIGTERM; exits non-zero on failure. */
export async function run(main) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      console.error(`${signal}: cleaning up`);
      await cleanup();
      process.exit(130);
    });
  }
  let status = 0;
  try {
    checkHost();
    hostIsOurs = true;
    await main();
  } catch (error) {
    console.error(error.stack ?? error);
    status = 1;
  } finally {
    await cleanup();
    const left = hostIsOurs ? ownedNamespaces() : [];
    if (left.length > 0) {
      console.error(`namespaces left behind: ${left.join(', ')}`);
      status = 1;
    }
  }
  process.exit(status);
}

/** A temporary directory removed at cleanup. */
export function tempDir(path) {
  atCleanup(() => rmSync(path, { recursive: true, force: true }));
  return path;
}

/**
 * A server with the nftables driver, the benchmark's pools and instant compute, its driver's passes logged
 * (passes: [{scope, actions, ms, at}], at = process.hrtime when the line arrived). Stopped at cleanup.
 */
export async function startDataPlaneServer({ env = {}, reuse } = {}) {
  const passes = [];
  let pending = '';
  const server = await startServer({
    ...(reuse ?? {}),
    env: {
      ...FAST_COMPUTE,
      OpenEip__DataPlane__Driver: 'nftables',
      ...Object.fromEntries(POOLS.map((cidr, i) => [`OpenEip__AddressPools__${REGION}__${i}`, cidr])),
      // The driver's pass times ("Data plane pass (Full): N actions in X ms") and nothing else new.
      'Logging__LogLevel__OpenEip.DataPlane.Driver.NftablesDriver': 'Debug',
      ...env,
    },
    startupTimeoutMs: 120_000,
    onOutput: (text) => {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = /Data plane pass \((\w+)\): (\d+) actions in ([\d.]+) ms/.exec(line);
        if (m) passes.push({ scope: m[1], actions: Number(m[2]), ms: Number(m[3]), at: process.hrtime.bigint() });
      }
    },
  });
  let stopped = false;
  const stop = async (options) => {
    if (stopped) return;
    stopped = true;
    await server.stop(options);
  };
  atCleanup(stop);
  return { server, harness: new Harness(server), passes, stop };
}

/** {p50, p99, min, max, mean, n} of numbers (nearest rank). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
  return {
    n: sorted.length, min: sorted[0], p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/** Runs work(i) for i in [0, count) with `concurrency` at once; onProgress(done) now and then. */
export async function pool(count, concurrency, work, onProgress) {
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      await work(i);
      done += 1;
      if (onProgress && done % 5000 === 0) onProgress(done);
    }
  }));
}

/** Milliseconds between two process.hrtime.bigint() readings. */
export const ms = (from, to) => Number(to - from) / 1e6;
