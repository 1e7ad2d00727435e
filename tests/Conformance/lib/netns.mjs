// Real traffic for the data-plane tests: processes run inside the network namespaces the nftables driver
// builds (`ip netns exec <ns> …`): TCP/UDP echo servers, one-shot clients, a long-lived stream, a probe
// loop for failover gaps, and raw IP protocol 253. Everything started here is stopped by stopAll().
// These tests need root and Debian's nftables, conntrack, iproute2 and arping (scripts/test.sh installs
// them when it runs as root); dataPlaneSkipReason() says why they cannot run otherwise.

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tools = resolve(here, '../tools/net');
const python = '/usr/bin/python3';
const running = new Set();

/** Null when the data-plane tests can run here; otherwise why not (for `skip`). */
export function dataPlaneSkipReason() {
  if (process.platform !== 'linux') return 'the nftables data plane needs Linux';
  if (process.getuid?.() !== 0) return 'the nftables data plane needs root (CI runs as root)';
  const missing = ['/usr/sbin/nft', '/usr/sbin/conntrack', '/usr/bin/arping', python].filter((p) => !existsSync(p));
  if (missing.length > 0) return `missing ${missing.join(', ')} (scripts/test.sh installs them as root)`;
  return null;
}

/** The namespaces that exist now. */
export function namespaces() {
  return existsSync('/run/netns') ? readdirSync('/run/netns') : [];
}

/** Runs a command in a namespace to completion: {code, stdout, stderr}. */
export function runIn(ns, argv, { timeoutMs = 10_000 } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn('ip', ['netns', 'exec', ns, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout: stdout.trim(), stderr: stderr.trim() });
    });
  });
}

/**
 * Starts keepalived in a HaVip member's namespace for `vip` on eth0: VRRPv3, 10 ms adverts, unicast to the
 * other member, gratuitous ARP at once when it becomes master. Its files go in `dir`; stop() kills it.
 */
export function startKeepalived(dir, ns, { self, peer, priority, vip }) {
  const conf = join(dir, `${ns}.conf`);
  writeFileSync(conf, `global_defs {\n router_id ${ns}\n vrrp_version 3\n vrrp_garp_master_delay 1\n vrrp_garp_master_repeat 3\n}\n`
    + `vrrp_instance HAVIP {\n state BACKUP\n interface eth0\n virtual_router_id 51\n priority ${priority}\n advert_int 0.01\n`
    + ` unicast_src_ip ${self}\n unicast_peer { ${peer} }\n virtual_ipaddress { ${vip}/24 dev eth0 }\n}\n`);
  return spawnIn(ns, ['keepalived', '-n', '-l', '-D', '-P', '-f', conf, '-p', join(dir, `${ns}.pid`), '-r', join(dir, `${ns}-vrrp.pid`)]);
}

/** Starts a long-running process in a namespace; lines() yields its output; stop() kills it. */
export function spawnIn(ns, argv) {
  const child = spawn('ip', ['netns', 'exec', ns, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const lines = [];
  const waiters = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of [...waiters]) w();
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('close', () => {
    running.delete(child);
    for (const w of [...waiters]) w();
  });
  return {
    child,
    lines,
    stderr: () => stderr,
    /** Resolves with the first line (from index `from`) that matches, or rejects after timeoutMs. */
    waitFor(match, { from = 0, timeoutMs = 10_000 } = {}) {
      return new Promise((resolveWait, reject) => {
        const check = () => {
          const found = lines.slice(from).find((l) => match(l));
          if (found !== undefined) { done(); resolveWait(found); return true; }
          if (child.exitCode !== null) { done(); reject(new Error(`${argv.join(' ')} in ${ns} exited: ${lines.join('\n')} ${stderr}`)); return true; }
          return false;
        };
        const timer = setTimeout(() => { done(); reject(new Error(`${argv.join(' ')} in ${ns}: nothing matched within ${timeoutMs} ms: ${lines.slice(-5).join(' | ')} ${stderr}`)); }, timeoutMs);
        const done = () => { clearTimeout(timer); const i = waiters.indexOf(check); if (i >= 0) waiters.splice(i, 1); };
        if (!check()) waiters.push(check);
      });
    },
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/** Stops everything these helpers started. */
export function stopAll() {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
}

/** A TCP (and with udp: true, UDP) echo server named `name` on `port` in `ns`, ready when this resolves. */
export async function startEchoServer(ns, name, port, { udp = false, bind } = {}) {
  const server = spawnIn(ns, [python, `${tools}/echo_server.py`, name, String(port), ...(udp ? ['--udp'] : []), ...(bind ? ['--bind', bind] : [])]);
  await server.waitFor((l) => l === 'ready');
  return server;
}

/** One request from `ns` to host:port: the server's greeting ("NAME peer=ip:port local=ip:port") or "FAIL …". */
export async function request(ns, host, port, { udp = false, timeoutSeconds = 2, bind } = {}) {
  const { stdout } = await runIn(ns, [python, `${tools}/client.py`, host, String(port), '--timeout', String(timeoutSeconds),
    ...(udp ? ['--udp'] : []), ...(bind ? ['--bind', bind] : [])]);
  return stdout;
}

/** Parses a greeting: {name, peer, local} (addresses without ports), or null for FAIL. */
export function greeting(text) {
  const m = /^(\S+) peer=([\d.]+):\d+ local=([\d.]+):\d+$/.exec(text ?? '');
  return m ? { name: m[1], peer: m[2], local: m[3] } : null;
}

/** A connection kept open from `ns`, echoing a line every interval; events in lines ("ok N", "broken …"). */
export async function startStream(ns, host, port, intervalSeconds = 0.05) {
  const stream = spawnIn(ns, [python, `${tools}/stream_client.py`, host, String(port), String(intervalSeconds)]);
  await stream.waitFor((l) => l.startsWith('connected'));
  return stream;
}

/** A loop opening a connection every interval; lines "<t> <name or FAIL-…>". */
export function startProbeLoop(ns, host, port, intervalSeconds = 0.01, timeoutSeconds = 0.05) {
  return spawnIn(ns, [python, `${tools}/probe_loop.py`, host, String(port), String(intervalSeconds), String(timeoutSeconds)]);
}

/** IP protocol 253 (not TCP/UDP): an echo in `ns`, and a send that prints "echo from A to B" or FAIL. */
export async function startRawEcho(ns) {
  const echo = spawnIn(ns, [python, `${tools}/raw_proto.py`, 'echo']);
  await echo.waitFor((l) => l === 'ready');
  return echo;
}

export async function rawSend(ns, host, timeoutSeconds = 2) {
  return (await runIn(ns, [python, `${tools}/raw_proto.py`, 'send', host, String(timeoutSeconds)])).stdout;
}

/** The IPv4 addresses on a device in a namespace ([] while the device or namespace does not exist). */
export function addresses(ns, device) {
  try {
    const out = execFileSync('ip', ['-n', ns, '-4', '-o', 'addr', 'show', 'dev', device], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return [...out.matchAll(/inet ([\d.]+)\//g)].map((m) => m[1]);
  } catch {
    return [];
  }
}
