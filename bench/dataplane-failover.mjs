// Benchmark (issue 9): how long traffic to an EIP bound to a HaVip stops when the HaVip's master fails over,
// with keepalived in the two members (VRRPv3, 10 ms adverts, unicast, as in dataplane.test.mjs), against a
// real server process with the nftables driver (as root).
//
//   node bench/dataplane-failover.mjs [--runs 10] [--modes stop,cut]
//
// A probe in openeip-internet opens a connection to the EIP every millisecond and notes which member
// answers each (bench/tools/failover_probe.py). Each run makes m1 (priority 150) the master, then fails it:
//   stop: keepalived in m1 is stopped gracefully (it sends priority 0; m2 takes over at once);
//   cut:  m1's link is cut where it joins the vSwitch (its port on the router's bridge goes down): m1 sees
//         no carrier, m2 hears no adverts and takes over after 3 advert intervals plus its skew.
// The gap is how long no connection was answered at all: from m1's last answer to m2's first (arrival
// times); the attempts lost meanwhile (sent, never answered) are counted too. Then m1 comes back (keepalived started again, or the port up) and takes the address back by
// preemption; that gap is reported too. Everything it makes is removed at the end.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Lab, Ecs, until } from '../tests/Conformance/lib/lab.mjs';
import { startKeepalived, startEchoServer, request, greeting, namespaces } from '../tests/Conformance/lib/netns.mjs';
import { INTERNET, run, atCleanup, tempDir, startDataPlaneServer, stats } from './lib/dataplane.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const runs = Number(option('runs', '10'));
const modes = option('modes', 'stop,cut').split(',');
const PORT = 8088;
const probeScript = fileURLToPath(new URL('./tools/failover_probe.py', import.meta.url));
const now = () => Number(process.hrtime.bigint()) / 1e9; // CLOCK_MONOTONIC seconds, as the probe's

/** The probe: attempts [{sent, at, who}] as they end (at: when answered or given up; who: '-' for none). */
function startProbe(ip) {
  const child = spawn('ip', ['netns', 'exec', INTERNET, '/usr/bin/python3', probeScript, ip, String(PORT), '0.001', '0.2'], { stdio: ['ignore', 'pipe', 'inherit'] });
  atCleanup(() => child.kill('SIGKILL'));
  const answers = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [sent, at, who] = line.split(' ');
    answers.push({ sent: Number(sent), at: Number(at), who });
  });
  return answers;
}

/** Waits until `who` answered an attempt sent after `since` (seconds). */
function answeredBy(answers, who, since, timeoutMs = 15_000) {
  return until(`${who} answers`, () => answers.findLast((a) => a.who === who && a.at > since), (a) => a !== undefined, timeoutMs);
}

/** After `since` (the failure): from the last answer of `from` to the first of `to` (ms), and the attempts sent meanwhile that nobody answered. */
function gap(answers, from, to, since) {
  const first = answers.filter((a) => a.who === to && a.at > since).reduce((m, a) => Math.min(m, a.at), Infinity);
  const last = answers.filter((a) => a.who === from && a.at < first).reduce((m, a) => Math.max(m, a.at), -Infinity);
  const lost = answers.filter((a) => a.who === '-' && a.sent > since - 0.01 && a.sent < first).length;
  return { ms: (first - last) * 1000, lost };
}

/** The router-side port of a host's eth0: the link in the router whose index is eth0's peer. */
function routerPort(host, router) {
  const peer = /eth0@if(\d+)/.exec(execFileSync('ip', ['-n', host, '-o', 'link', 'show', 'eth0'], { encoding: 'utf8' }))[1];
  const line = execFileSync('ip', ['-n', router, '-o', 'link'], { encoding: 'utf8' }).split('\n').find((l) => l.startsWith(`${peer}: `));
  return /^\d+: ([^@:]+)/.exec(line)[1];
}

await run(async () => {
  const { server, harness } = await startDataPlaneServer();
  const lab = await Lab.create({ server, harness }, { havip: true });
  await lab.ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
    regionId: lab.regionId, securityGroupId: lab.securityGroupId, ipProtocol: 'tcp', portRange: `${PORT}/${PORT}`, sourceCidrIp: '0.0.0.0/0',
  }));
  // VRRP between the members needs no rule: members of one security group reach each other.
  const { m1, m2, vip, eip } = await lab.haVipPairWithEip();
  const ip = (await lab.eipView(eip)).ipAddress;
  await until('the members\' namespaces', () => namespaces(), (n) => n.includes(m1) && n.includes(m2), 30_000);
  await startEchoServer(m1, 'm1', PORT);
  await startEchoServer(m2, 'm2', PORT);
  await until('m1 answers through the EIP', () => request(INTERNET, ip, PORT), (t) => greeting(t)?.name === 'm1', 15_000);

  const [p1, p2] = [(await lab.privateIps(await lab.primaryEniId(m1))).primary, (await lab.privateIps(await lab.primaryEniId(m2))).primary];
  const dir = tempDir(mkdtempSync(join(tmpdir(), 'openeip-bench-keepalived-')));
  const keepalived = (name, self, peer, priority) => startKeepalived(dir, name, { self, peer, priority, vip });
  let k1 = keepalived(m1, p1, p2, 150);
  keepalived(m2, p2, p1, 100);
  const port = routerPort(m1, lab.vpcId);
  atCleanup(() => execFileSync('ip', ['-n', lab.vpcId, 'link', 'set', port, 'up'], { stdio: 'ignore' }));

  const answers = startProbe(ip);
  await answeredBy(answers, 'm1', now());
  const results = Object.fromEntries(modes.map((m) => [m, { failover: [], back: [] }]));
  for (let r = 0; r < runs; r++) {
    for (const mode of modes) {
      // m1 is the master and has answered lately.
      await answeredBy(answers, 'm1', now());
      const failed = now();
      if (mode === 'stop') k1.stop();
      else execFileSync('ip', ['-n', lab.vpcId, 'link', 'set', port, 'down']);
      await answeredBy(answers, 'm2', failed);
      await until('m1 is silent', () => answers.findLast((a) => a.who === 'm1')?.at ?? 0, (at) => now() - at > 0.3, 5_000);
      results[mode].failover.push(gap(answers, 'm1', 'm2', failed));

      if (mode === 'stop' && k1.child.exitCode === null) await new Promise((resolve) => k1.child.once('close', resolve)); // its pid files are gone
      const back = now();
      if (mode === 'stop') k1 = keepalived(m1, p1, p2, 150);
      else execFileSync('ip', ['-n', lab.vpcId, 'link', 'set', port, 'up']);
      await answeredBy(answers, 'm1', back, 30_000).catch((error) => {
        throw new Error(`${error.message}\nm1's keepalived: ${k1.lines.slice(-10).join(' | ')} ${k1.stderr()}`);
      });
      await until('m2 is silent', () => answers.findLast((a) => a.who === 'm2')?.at ?? 0, (at) => now() - at > 0.3, 5_000);
      results[mode].back.push(gap(answers, 'm2', 'm1', back));
      console.error(`run ${r + 1} ${mode}: failover ${JSON.stringify(results[mode].failover.at(-1))}, back ${JSON.stringify(results[mode].back.at(-1))}`);
    }
  }

  const fmt = (v) => v.toFixed(1);
  console.log(`\nHaVip failover, keepalived VRRPv3 with 10 ms adverts; ${runs} runs each; ms with no connection answered, from the old master's last answer to the new one's first (a connection attempted every 1 ms)\n`);
  console.log('| event | n | min | p50 | max | all (ms) | attempts lost per run |');
  console.log('|---|---|---|---|---|---|---|');
  const names = { stop: ['m1\'s keepalived stopped gracefully → m2', 'm1\'s keepalived started again → m1 (preemption)'], cut: ['m1\'s link cut → m2', 'm1\'s link restored → m1 (preemption)'] };
  for (const mode of modes) {
    for (const [i, series] of [results[mode].failover, results[mode].back].entries()) {
      const s = stats(series.map((g) => g.ms));
      console.log(`| ${names[mode][i]} | ${s.n} | ${fmt(s.min)} | ${fmt(s.p50)} | ${fmt(s.max)} | ${series.map((g) => g.ms.toFixed(0)).join(', ')} | ${series.map((g) => g.lost).join(', ')} |`);
    }
  }
  console.log(`JSON ${JSON.stringify(results)}`);
});
