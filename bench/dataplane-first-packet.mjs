// Benchmark (issue 9): time from the AssociateEipAddress call to the first packet delivered through the
// EIP, with N bindings already carried, against a real server process with the nftables driver (as root).
//
//   node bench/dataplane-first-packet.mjs [--sizes 1000,100000] [--samples 200] [--concurrency 32] [--no-restart] [--out samples.json]
//
// For each size: the VPC is filled through the API (AllocateEipAddress + AssociateEipAddress with
// InstanceType=IpAddress, `concurrency` calls at a time) up to N bindings, all InUse; then for each sample a
// fresh EIP is bound to an ECS instance with a TCP server listening (port 8080), while a probe in
// openeip-internet (198.51.100.10) opens a connection to the EIP every millisecond; the sample is the time from
// the start of the Associate call to the first answered connection (both clocks CLOCK_MONOTONIC: node's
// process.hrtime and python's time.monotonic), and to InUse as DescribeEipAddresses shows it (polled).
// The EIP is unbound (and Available) before the next sample. At the end the server is restarted on its
// database and its first full resync of N bindings timed. Everything it makes is removed at the end.

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Vpc } from '../tests/Conformance/lib/harness.mjs';
import { Lab, Ecs, until, zonesOf } from '../tests/Conformance/lib/lab.mjs';
import { namespaces, startEchoServer } from '../tests/Conformance/lib/netns.mjs';
import { REGION, INTERNET, run, atCleanup, startDataPlaneServer, stats, pool, ms } from './lib/dataplane.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const sizes = option('sizes', '1000,100000').split(',').map(Number);
const samples = Number(option('samples', '200'));
const concurrency = Number(option('concurrency', '32'));
const restart = !args.includes('--no-restart');
const out = option('out', null);
const PORT = 8080;
const probeScript = fileURLToPath(new URL('./tools/first_packet_probe.py', import.meta.url));

/** The i-th filler binding's address: 10.1.0.1 onwards (the VPC is 10.0.0.0/8; the instance's vSwitch is 10.0.1.0/24). */
const fillerAddress = (i) => {
  const n = 0x0a010001 + i;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
};

/** The probe process in the internet namespace: probe(ip) resolves with {started, answered, sent, attempts} (seconds, CLOCK_MONOTONIC). */
async function startProbe() {
  const child = spawn('ip', ['netns', 'exec', INTERNET, '/usr/bin/python3', probeScript, '0.001', '30'], { stdio: ['pipe', 'pipe', 'inherit'] });
  atCleanup(() => child.kill('SIGKILL'));
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const i = waiting.findIndex((w) => w.match(line));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(line);
  });
  const next = (match) => new Promise((resolve) => waiting.push({ match, resolve }));
  await next((l) => l === 'ready');
  return {
    async probe(ip, onStarted) {
      const started = next((l) => l.startsWith(`started ${ip} `));
      const done = next((l) => l.startsWith(`ok ${ip} `) || l === `timeout ${ip}`);
      child.stdin.write(`probe ${ip} ${PORT}\n`);
      await started;
      await onStarted();
      const line = await done;
      if (line.startsWith('timeout')) throw new Error(`no connection through ${ip} within 30 s`);
      const [, , answered, sent, attempts] = line.split(' ');
      return { answered: BigInt(Math.round(Number(answered) * 1e9)), sent: BigInt(Math.round(Number(sent) * 1e9)), attempts: Number(attempts) };
    },
  };
}

async function countIn(lab, status) {
  const { body } = await lab.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: REGION, status, pageSize: 1 }));
  return body.totalCount;
}

/** Fills the VPC from `from` to `to` IpAddress bindings, and waits until all are InUse. */
async function fill(lab, from, to) {
  const started = process.hrtime.bigint();
  await pool(to - from, concurrency, async (k) => {
    const { allocationId } = await lab.acct.allocate({ regionId: REGION });
    await lab.associate(allocationId, fillerAddress(from + k), { instanceType: 'IpAddress', vpcId: lab.vpcId });
  }, (done) => console.error(`  filled ${from + done} of ${to} (${Math.round(done / (ms(started, process.hrtime.bigint()) / 1000))} bindings/s)`));
  const called = process.hrtime.bigint();
  await until(`${to} bindings InUse`, () => countIn(lab, 'Associating'), (n) => n === 0, 600_000);
  const done = process.hrtime.bigint();
  return { seconds: ms(started, done) / 1000, perSecond: Math.round((to - from) / (ms(started, called) / 1000)), inUseAfterLastCallMs: Math.round(ms(called, done)) };
}

/** One sample: bind a fresh EIP to the instance under the probe; unbind it afterwards. */
async function sample(lab, probe, passes, instance, eip) {
  let t0;
  let callMs;
  let inUseMs;
  const fullBefore = passes.filter((p) => p.scope === 'Full').length;
  const answer = await probe.probe(eip.eipAddress, async () => {
    t0 = process.hrtime.bigint();
    await lab.associate(eip.allocationId, instance);
    callMs = ms(t0, process.hrtime.bigint());
    // InUse as a client sees it, polled while the probe runs (2 ms between polls, to leave the server's CPU to the reconciler).
    for (;;) {
      if ((await lab.eipView(eip.allocationId)).status === 'InUse') break;
      await delay(2);
    }
    inUseMs = ms(t0, process.hrtime.bigint());
  });
  const firstPacketMs = ms(t0, answer.answered);
  const duringFull = passes.filter((p) => p.scope === 'Full').length > fullBefore;
  await lab.unassociate(eip.allocationId);
  await lab.waitEip(eip.allocationId, 'Available', 30_000);
  return { firstPacketMs, synSentMs: ms(t0, answer.sent), callMs, inUseMs, attempts: answer.attempts, duringFull };
}

const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

function report(size, fillResult, results, fullPasses, fullWhileFilled) {
  const clean = results.filter((r) => !r.duringFull);
  const line = (label, values) => {
    const s = stats(values);
    return `| ${label} | ${s.n} | ${fmt(s.min)} | ${fmt(s.p50)} | ${fmt(s.p90)} | ${fmt(s.p99)} | ${fmt(s.max)} |`;
  };
  console.log(`\n### ${size.toLocaleString('en')} existing bindings\n`);
  console.log(`Filled at ${fillResult.perSecond} bindings/s (${concurrency} calls at a time); all InUse ${fillResult.inUseAfterLastCallMs} ms after the last call.\n`);
  console.log('| ms from the start of AssociateEipAddress | n | min | p50 | p90 | p99 | max |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(line('first answered connection', results.map((r) => r.firstPacketMs)));
  if (clean.length !== results.length) console.log(line('… of samples with no full resync meanwhile', clean.map((r) => r.firstPacketMs)));
  console.log(line('the call returned', results.map((r) => r.callMs)));
  console.log(line('InUse in DescribeEipAddresses (polled)', results.map((r) => r.inUseMs)));
  console.log(`\n${results.length - clean.length} of ${results.length} samples overlapped a periodic full resync; full passes while sampling (driver's time): ${fullPasses.map((p) => `${Math.round(p.ms)} ms`).join(', ') || 'none'}; the last full passes while filling: ${fullWhileFilled.slice(-3).map((p) => `${Math.round(p.ms)} ms`).join(', ') || 'none'}.`);
  console.log(`JSON ${JSON.stringify({ size, fill: fillResult, firstPacket: stats(results.map((r) => r.firstPacketMs)), firstPacketNoResync: clean.length ? stats(clean.map((r) => r.firstPacketMs)) : null, call: stats(results.map((r) => r.callMs)), inUse: stats(results.map((r) => r.inUseMs)), overlappedResync: results.length - clean.length })}`);
}

await run(async () => {
  let { server, harness, passes, stop } = await startDataPlaneServer();
  const account = await harness.createAccount('bench-first-packet');
  await harness.setQuota(account.accountId, 'eip-postpaid-per-region', Math.max(...sizes) + samples * sizes.length + 100);
  const lab = new Lab({ server, harness }, account, REGION);
  lab.zoneId = (await zonesOf(account, REGION))[0];
  lab.vpcId = (await account.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/8' }))).body.vpcId;
  lab.vSwitchId = await lab.vSwitch('10.0.1.0/24');
  lab.securityGroupId = await lab.securityGroup('bench');
  await lab.ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
    regionId: REGION, securityGroupId: lab.securityGroupId, ipProtocol: 'tcp', portRange: `${PORT}/${PORT}`, sourceCidrIp: '0.0.0.0/0',
  }));
  const instance = await lab.instance();
  await until(`the instance's namespace ${instance}`, () => namespaces(), (n) => n.includes(instance) && n.includes(INTERNET), 30_000);
  await startEchoServer(instance, 'vm', PORT);
  const probe = await startProbe();
  console.log(`${(await import('node:os')).cpus().length} cores; ${samples} samples per size; fill concurrency ${concurrency}`);

  let bound = 0;
  const raw = {};
  for (const size of sizes) {
    console.error(`filling to ${size} bindings`);
    const fillFrom = passes.length;
    const filled = await fill(lab, bound, size);
    const fullWhileFilled = passes.slice(fillFrom).filter((p) => p.scope === 'Full');
    bound = size;
    const eips = [];
    for (let i = 0; i < samples; i++) eips.push(await lab.acct.allocate({ regionId: REGION }));
    console.error(`sampling ${samples} bindings beside ${size}`);
    const fullBefore = passes.length;
    const results = [];
    for (const eip of eips) results.push(await sample(lab, probe, passes, instance, eip));
    report(size, filled, results, passes.slice(fullBefore).filter((p) => p.scope === 'Full'), fullWhileFilled);
    raw[size] = results;
    if (out) writeFileSync(out, JSON.stringify(raw));
  }

  if (restart) {
    // A server start's first full resync of every binding, from its store (a crash-free restart on the same database).
    const reuse = { dataDir: server.dataDir, operator: server.operator, port: server.port };
    await stop({ keepData: true });
    const started = process.hrtime.bigint();
    ({ server, harness, passes, stop } = await startDataPlaneServer({ reuse }));
    await until('the first full resync after the restart', () => passes.find((p) => p.scope === 'Full'), (p) => p !== undefined, 120_000);
    const first = passes.find((p) => p.scope === 'Full');
    console.log(`\nRestart with ${bound.toLocaleString('en')} bindings: the first full resync took ${Math.round(first.ms)} ms in the driver (${first.actions} actions); it ended ${Math.round(ms(started, first.at))} ms after the process was started.`);
    console.log(`JSON ${JSON.stringify({ restart: { bindings: bound, driverMs: first.ms, actions: first.actions, sinceStartMs: ms(started, first.at) } })}`);
  }
});
