// The nftables data plane carries every binding (issue 9): real TCP/UDP servers and clients in the
// network namespaces the server builds, driven through the official SDKs. One server with
// OpenEip:DataPlane:Driver=nftables runs this whole file (a host has one data plane), as root only:
// elsewhere the file is skipped, saying why. Clients on "the internet" run in openeip-internet and are
// 198.51.100.10; the region's EIPs come from 100.96.0.0/21.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { startAgent } from './lib/agent.mjs';
import { Harness, Vpc } from './lib/harness.mjs';
import { Lab, Ecs, until } from './lib/lab.mjs';
import {
  dataPlaneSkipReason, namespaces, startEchoServer, request, greeting, startStream, stopAll, addresses,
  startRawEcho, rawSend, startProbeLoop, startKeepalived,
} from './lib/netns.mjs';

const skip = dataPlaneSkipReason() ?? false;
const INTERNET = 'openeip-internet';
const CLIENT = '198.51.100.10';
const POOL = '100.96.0.0/21';
// MULTI_BINDED is offered in some regions only (R-MULTI-5); its EIPs come from that region's default pool.
const MULTI_REGION = 'cn-shanghai';

const ctx = { server: null, harness: null };
const labs = [];

/** The namespaces this data plane owns (ADR 4's names). */
function ownedNamespaces() {
  return namespaces().filter((n) => n === INTERNET || n.startsWith('openeip-gw-') || /^(i|eni|lb|vpc)-[a-z0-9]+$/.test(n));
}

async function newLab(options = {}) {
  const lab = await Lab.create(ctx, options);
  labs.push(lab);
  return lab;
}

async function allow(lab, port, { groupId = lab.securityGroupId, protocol = 'tcp' } = {}) {
  await lab.ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
    regionId: lab.regionId, securityGroupId: groupId, ipProtocol: protocol, portRange: `${port}/${port}`, sourceCidrIp: '0.0.0.0/0',
  }));
}

async function revoke(lab, port, { groupId = lab.securityGroupId } = {}) {
  await lab.ecs.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({
    regionId: lab.regionId, securityGroupId: groupId, ipProtocol: 'tcp', portRange: `${port}/${port}`, sourceCidrIp: '0.0.0.0/0',
  }));
}

const address = async (lab, allocationId) => (await lab.eipView(allocationId)).ipAddress;
const pick = ({ name, peer }) => ({ name, peer });

/** Retries a request until it is answered (a new host or rule takes effect on the next pass), bounded. */
function reach(ns, host, port, options = {}) {
  return until(`${ns} reaches ${host}:${port}`, () => request(ns, host, port, options), (text) => greeting(text) !== null, 15_000);
}

/** Retries until requests fail (a rule removed takes effect on the next pass), bounded. */
function refused(ns, host, port, options = {}) {
  return until(`${ns} is refused at ${host}:${port}`, () => request(ns, host, port, { timeoutSeconds: 1, ...options }), (text) => text.startsWith('FAIL'), 15_000);
}

function nft(ns, ...args) {
  return execFileSync('ip', ['netns', 'exec', ns, 'nft', ...args], { encoding: 'utf8' });
}

/** The number of elements of a map in a namespace's `ip openeip` table. */
function mapSize(ns, map) {
  return (nft(ns, 'list', 'map', 'ip', 'openeip', map).match(/ : /g) ?? []).length;
}

describe('the nftables data plane', { skip }, () => {
  before(async () => {
    ctx.server = await startServer({
      env: {
        OpenEip__DataPlane__Driver: 'nftables',
        'OpenEip__AddressPools__cn-hangzhou__0': POOL,
        OpenEip__Compute__PendingSeconds: '0',
        OpenEip__Compute__StartingSeconds: '0',
        OpenEip__Compute__StoppingSeconds: '0',
        OpenEip__Compute__EniAttachSeconds: '0',
      },
    });
    ctx.harness = new Harness(ctx.server);
  });

  after(async () => {
    stopAll();
    await ctx.server?.stop();
    // Whatever a failed test left behind goes too, so the host stays clean (the last test checks the server did it).
    for (const ns of ownedNamespaces()) execFileSync('ip', ['netns', 'delete', ns]);
  });

  it('ECS: inbound through the EIP reaches the instance, which sees the real client; outbound leaves with the EIP as source; UDP too', async () => {
    const lab = await newLab();
    await allow(lab, 8080);
    await allow(lab, 8080, { protocol: 'udp' });
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.bind(eip, instance);
    const ip = await address(lab, eip);
    const privateIp = (await lab.privateIps(await lab.primaryEniId(instance))).primary;

    await startEchoServer(instance, 'vm', 8080, { udp: true });
    assert.deepEqual(greeting(await reach(INTERNET, ip, 8080)), { name: 'vm', peer: CLIENT, local: privateIp });
    const udp = greeting(await reach(INTERNET, ip, 8080, { udp: true }));
    assert.deepEqual({ name: udp.name, peer: udp.peer }, { name: 'vm', peer: CLIENT }, 'UDP too (an unconnected UDP socket does not know its local address)');

    await startEchoServer(INTERNET, 'internet', 9090);
    assert.equal(greeting(await reach(instance, CLIENT, 9090)).peer, ip, 'the instance leaves with its EIP as source');
  });

  it('hairpin: an instance reaches its own EIP and a neighbour\'s, and is seen there by its own EIP', async () => {
    const lab = await newLab();
    await allow(lab, 8097);
    const [a, b, c] = [await lab.instance(), await lab.instance(), await lab.instance()];
    const [ea, eb] = await lab.eips(2);
    await lab.bind(ea, a);
    await lab.bind(eb, b);
    const [ipA, ipB] = [await address(lab, ea), await address(lab, eb)];

    await startEchoServer(a, 'a', 8097);
    assert.deepEqual(pick(greeting(await reach(a, ipA, 8097))), { name: 'a', peer: ipA }, 'its own EIP, seen as coming from it');
    assert.deepEqual(pick(greeting(await reach(b, ipA, 8097))), { name: 'a', peer: ipB }, 'a neighbour with an EIP is seen by its EIP');
    const privateC = (await lab.privateIps(await lab.primaryEniId(c))).primary;
    assert.deepEqual(pick(greeting(await reach(c, ipA, 8097))), { name: 'a', peer: privateC }, 'one without an EIP is seen by its private address (the reply meets conntrack on the bridge)');
  });

  it('an ENI with two private IPs and two EIPs: each EIP reaches its own private address', async () => {
    const lab = await newLab();
    await allow(lab, 8081);
    const instance = await lab.instance();
    const eni = await lab.eni({ secondaryIps: 1, attachTo: instance });
    const { primary, secondary: [second] } = await lab.privateIps(eni);
    const [a, b] = await lab.eips(2);
    await lab.bind(a, eni, { instanceType: 'NetworkInterface', privateIpAddress: primary });
    await lab.bind(b, eni, { instanceType: 'NetworkInterface', privateIpAddress: second });

    await startEchoServer(instance, 'first', 8081, { bind: primary });
    await startEchoServer(instance, 'second', 8081, { bind: second });
    assert.deepEqual(greeting(await reach(INTERNET, await address(lab, a), 8081)), { name: 'first', peer: CLIENT, local: primary });
    assert.deepEqual(greeting(await reach(INTERNET, await address(lab, b), 8081)), { name: 'second', peer: CLIENT, local: second });
  });

  it('a NAT gateway: two instances share its EIP through an SNAT entry, a DNAT entry publishes a port, and nothing else gets in (R-NAT-5)', async () => {
    const lab = await newLab();
    await allow(lab, 22);
    const nat = await lab.nat();
    await until('the NAT gateway is Available', () => lab.natView(nat), (g) => g.status === 'Available');
    const eip = await lab.eip();
    await lab.bind(eip, nat, { instanceType: 'Nat' });
    const ip = await address(lab, eip);
    const view = await lab.natView(nat);
    await lab.vpc.createSnatEntry(new Vpc.CreateSnatEntryRequest({ regionId: lab.regionId, snatTableId: view.snatTableIds.snatTableId[0], sourceVSwitchId: lab.vSwitchId, snatIp: ip }));
    const [one, two] = await lab.launch({ amount: 2 });

    await startEchoServer(INTERNET, 'internet', 9091);
    assert.equal(greeting(await reach(one, CLIENT, 9091)).peer, ip);
    assert.equal(greeting(await reach(two, CLIENT, 9091)).peer, ip);

    const internal = (await lab.privateIps(await lab.primaryEniId(one))).primary;
    await lab.vpc.createForwardEntry(new Vpc.CreateForwardEntryRequest({
      regionId: lab.regionId, forwardTableId: view.forwardTableIds.forwardTableId[0], externalIp: ip, externalPort: '222',
      internalIp: internal, internalPort: '22', ipProtocol: 'tcp',
    }));
    await startEchoServer(one, 'ssh', 22);
    // 222: the gateway's EIP also serves SNAT, so DNAT takes ports up to 1024 (PortBreak for more).
    assert.deepEqual(greeting(await reach(INTERNET, ip, 222)), { name: 'ssh', peer: CLIENT, local: internal });
    assert.match(await request(INTERNET, ip, 22, { timeoutSeconds: 1 }), /^FAIL/, 'a port no entry publishes is closed');
  });

  it('a security group rule opens a port and revoking it closes the port again (R-ENI-5)', async () => {
    const lab = await newLab();
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.bind(eip, instance);
    const ip = await address(lab, eip);
    await startEchoServer(instance, 'guarded', 8090);

    assert.match(await request(INTERNET, ip, 8090, { timeoutSeconds: 1 }), /^FAIL/, 'inbound is dropped without a rule');
    await allow(lab, 8090);
    assert.equal(greeting(await reach(INTERNET, ip, 8090)).name, 'guarded');
    await revoke(lab, 8090);
    await refused(INTERNET, ip, 8090);
  });

  it('BINDED: the EIP is on the ENI inside the instance, untranslated; a protocol other than TCP/UDP passes; the private address is refused (R-BIND-4, R-BIND-7)', async () => {
    const lab = await newLab();
    await allow(lab, 8095);
    // Every protocol may enter (protocol 253 included); the group still guards the ENI's private address.
    await lab.ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId: lab.regionId, securityGroupId: lab.securityGroupId, ipProtocol: 'all', portRange: '-1/-1', sourceCidrIp: '0.0.0.0/0' }));
    const instance = await lab.instance();
    const neighbour = await lab.instance();
    const eni = await lab.eni();
    const { primary } = await lab.privateIps(eni);
    const eip = await lab.eip();
    await lab.bind(eip, eni, { instanceType: 'NetworkInterface', mode: 'BINDED' });
    await lab.attach(eni, instance);
    const ip = await address(lab, eip);

    await until('the EIP is on eth1 inside the instance', () => addresses(instance, 'eth1'), (a) => a.includes(ip) && !a.includes(primary));
    await startEchoServer(instance, 'visible', 8095);
    assert.deepEqual(greeting(await reach(INTERNET, ip, 8095)), { name: 'visible', peer: CLIENT, local: ip });
    await startRawEcho(instance);
    assert.equal(await rawSend(INTERNET, ip), `echo from ${ip} to ${CLIENT}`, 'IP protocol 253 reaches the EIP untranslated');
    assert.match(await request(neighbour, primary, 8095, { timeoutSeconds: 1 }), /^FAIL/, 'the private address carries no traffic');
  });

  it('MULTI_BINDED: two EIPs delivered to one ENI, its private address still working', async () => {
    const lab = await newLab({ multiBinded: true, regionId: MULTI_REGION });
    await allow(lab, 8096);
    const instance = await lab.instance({ instanceType: 'ecs.g5.large' }); // a family R-MULTI-6 offers the mode on
    const neighbour = await lab.instance();
    const eni = await lab.eni({ attachTo: instance });
    const { primary } = await lab.privateIps(eni);
    const [a, b] = await lab.eips(2);
    await lab.bind(a, eni, { instanceType: 'NetworkInterface', mode: 'MULTI_BINDED' });
    await lab.bind(b, eni, { instanceType: 'NetworkInterface', mode: 'MULTI_BINDED' });
    const [ipA, ipB] = [await address(lab, a), await address(lab, b)];

    await startEchoServer(instance, 'multi', 8096);
    assert.deepEqual(greeting(await reach(INTERNET, ipA, 8096)), { name: 'multi', peer: CLIENT, local: ipA });
    assert.deepEqual(greeting(await reach(INTERNET, ipB, 8096)), { name: 'multi', peer: CLIENT, local: ipB });
    assert.equal(greeting(await reach(neighbour, primary, 8096)).local, primary, 'the private address keeps working');
  });

  it('a CLB: its EIP reaches a server on the CLB\'s address', async () => {
    const lab = await newLab();
    const clb = await lab.clb('intranet');
    const eip = await lab.eip();
    await lab.bind(eip, clb.LoadBalancerId, { instanceType: 'SlbInstance' });
    await until('the CLB host exists', () => namespaces(), (n) => n.includes(clb.LoadBalancerId));
    await startEchoServer(clb.LoadBalancerId, 'clb', 80);
    assert.deepEqual(greeting(await reach(INTERNET, await address(lab, eip), 80)), { name: 'clb', peer: CLIENT, local: clb.Address });
  });

  it('HaVip: the EIP follows the master, by SetHaVipMaster and by keepalived failing over under a running client loop (R-HAVIP-5)', async (t) => {
    const lab = await newLab({ havip: true });
    await allow(lab, 8088);
    // VRRP between the members needs no rule: members of one security group reach each other.
    const { m1, m2, haVip, vip, eip } = await lab.haVipPairWithEip();
    const ip = await address(lab, eip);
    await startEchoServer(m1, 'm1', 8088);
    await startEchoServer(m2, 'm2', 8088);
    assert.equal(greeting(await reach(INTERNET, ip, 8088)).name, 'm1', 'the first member is the master');

    await ctx.harness.operator.request('SetHaVipMaster', { HaVipId: haVip, InstanceId: m2 }, { method: 'POST' });
    await until('traffic follows SetHaVipMaster', () => request(INTERNET, ip, 8088), (text) => greeting(text)?.name === 'm2', 15_000);

    // keepalived in both members (VRRPv3, 10 ms adverts, unicast), m1 preferred: it takes the address back.
    const [p1, p2] = [(await lab.privateIps(await lab.primaryEniId(m1))).primary, (await lab.privateIps(await lab.primaryEniId(m2))).primary];
    const dir = mkdtempSync(join(tmpdir(), 'openeip-keepalived-'));
    const keepalived = (name, self, peer, priority) => startKeepalived(dir, name, { self, peer, priority, vip });
    const k1 = keepalived(m1, p1, p2, 150);
    const k2 = keepalived(m2, p2, p1, 100);
    try {
      await until('keepalived makes m1 the master', () => request(INTERNET, ip, 8088), (text) => greeting(text)?.name === 'm1', 15_000);
      const loop = startProbeLoop(INTERNET, ip, 8088, 0.01, 0.05);
      await loop.waitFor((l) => l.endsWith(' m1'));
      const from = loop.lines.length;
      k1.stop(); // graceful: m1 sends priority 0 and m2 takes over
      await loop.waitFor((l) => l.endsWith(' m2'), { from, timeoutMs: 15_000 });
      loop.stop();
      const seen = loop.lines.map((l) => l.split(' ')).map(([time, who]) => ({ time: Number(time), who }));
      const lastM1 = Math.max(...seen.filter((s) => s.who === 'm1').map((s) => s.time));
      const firstM2 = Math.min(...seen.filter((s) => s.who === 'm2' && s.time > lastM1).map((s) => s.time));
      const gapMs = Math.round((firstM2 - lastM1) * 1000);
      t.diagnostic(`HaVip failover (keepalived, VRRPv3 10 ms adverts, graceful stop of the master): traffic stopped for ${gapMs} ms`);
      assert.ok(Number.isFinite(gapMs), 'the loop saw m1, then m2');
    } finally {
      k1.stop();
      k2.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unbinding cuts an open connection at once (the mapping first, then its conntrack entries)', async () => {
    const lab = await newLab();
    await allow(lab, 8097);
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.bind(eip, instance);
    await startEchoServer(instance, 'long', 8097);
    const ip = await address(lab, eip);
    await reach(INTERNET, ip, 8097);
    const stream = await startStream(INTERNET, ip, 8097, 0.05);
    await stream.waitFor((l) => l === 'ok 3');
    await lab.unbind(eip);
    await stream.waitFor((l) => l.startsWith('broken'), { timeoutMs: 10_000 });
    assert.match(await request(INTERNET, ip, 8097, { timeoutSeconds: 1 }), /^FAIL/);
  });

  it('a restart with 1,000 bindings loses none and removes what nobody asked for', async () => {
    const lab = await newLab({ eipQuota: 1100 });
    const router = lab.vpcId;
    // A new VPC's router is built by the next network pass, a moment after the call.
    const before = await until('the new VPC\'s router is built', () => { try { return mapSize(router, 'eip2priv'); } catch { return null; } }, (n) => n !== null, 20_000);
    const eips = [];
    for (let i = 0; i < 1000; i++) {
      const eip = await lab.eip();
      await lab.associate(eip, `10.0.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`, { instanceType: 'IpAddress', vpcId: lab.vpcId });
      eips.push(eip);
    }
    for (const eip of eips) await lab.waitEip(eip, 'InUse', 30_000);
    assert.equal(mapSize(router, 'eip2priv'), before + 1000);
    const owned = ownedNamespaces().sort();

    await ctx.server.stop({ crash: true, keepData: true });
    // Things nobody asked for: a namespace, a port in the router (as an ENI detached while the server was down
    // leaves one), and security-group chains of an earlier run, one jumping to the other.
    execFileSync('ip', ['netns', 'add', 'i-orphanedbyacrash0000']);
    execFileSync('ip', ['-n', router, 'link', 'add', 'h0123456789ab', 'type', 'veth', 'peer', 'name', 'h0123456789ac']);
    execFileSync('ip', ['netns', 'exec', router, 'nft', '-f', '-'], {
      input: 'add chain ip openeip sgc_leftover { accept; }\nadd chain ip openeip sgc_leftover_in { jump sgc_leftover; }\n',
    });
    const leftovers = () => ({
      links: execFileSync('ip', ['-n', router, '-o', 'link', 'show'], { encoding: 'utf8' }).includes('h0123456789ab'),
      chains: execFileSync('ip', ['netns', 'exec', router, 'nft', 'list', 'chains', 'ip'], { encoding: 'utf8' }).includes('sgc_leftover'),
    });
    assert.deepEqual(leftovers(), { links: true, chains: true });
    ctx.server = await startServer({ dataDir: ctx.server.dataDir, operator: ctx.server.operator, port: ctx.server.port, env: {
      OpenEip__DataPlane__Driver: 'nftables', 'OpenEip__AddressPools__cn-hangzhou__0': POOL,
      OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0', OpenEip__Compute__StoppingSeconds: '0', OpenEip__Compute__EniAttachSeconds: '0',
    } });
    ctx.harness = new Harness(ctx.server);
    for (const l of labs) Object.assign(l, { ctx }, { server: ctx.server });

    await until('the orphan is removed by the first full resync', () => namespaces(), (n) => !n.includes('i-orphanedbyacrash0000'), 20_000);
    await until('the leftover port and chains are deleted', leftovers, (l) => !l.links && !l.chains, 20_000);
    assert.deepEqual(ownedNamespaces().sort(), owned);
    assert.equal(mapSize(router, 'eip2priv'), before + 1000);
  });

  it('deleting every resource leaves no namespace or rule behind', async () => {
    stopAll();
    for (const lab of labs) await teardown(lab);
    await until('every namespace of the data plane is gone', () => ownedNamespaces(), (n) => n.length === 0, 30_000);
  });
});

describe('the same data plane run by an agent process (OpenEip:DataPlane:Driver=agent)', { skip }, () => {
  const local = { server: null, harness: null };
  let agent;
  before(async () => {
    local.server = await startServer({
      env: {
        OpenEip__DataPlane__Driver: 'agent',
        'OpenEip__AddressPools__cn-hangzhou__0': POOL,
        OpenEip__Compute__PendingSeconds: '0',
        OpenEip__Compute__StartingSeconds: '0',
        OpenEip__Compute__StoppingSeconds: '0',
      },
    });
    local.harness = new Harness(local.server);
    agent = startAgent(local.server, { driver: 'nftables', regions: ['cn-hangzhou'] });
  });

  after(async () => {
    stopAll();
    await agent?.stop();
    await local.server?.stop();
    for (const ns of ownedNamespaces()) execFileSync('ip', ['netns', 'delete', ns]);
  });

  it('the agent builds the instance, carries its EIP both ways, and removes it all when the resources go', async () => {
    const lab = await Lab.create(local);
    await allow(lab, 8080);
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.associate(eip, instance);
    await lab.waitEip(eip, 'InUse', 20_000);
    const ip = await address(lab, eip);
    await until('the agent built the instance', () => namespaces(), (n) => n.includes(instance), 20_000);
    await startEchoServer(instance, 'agent-vm', 8080);
    assert.equal(greeting(await reach(INTERNET, ip, 8080)).peer, CLIENT);
    await startEchoServer(INTERNET, 'internet', 9092);
    assert.equal(greeting(await reach(instance, CLIENT, 9092)).peer, ip);

    stopAll();
    await teardown(lab);
    await until('the agent removed everything', () => ownedNamespaces(), (n) => n.length === 0, 30_000);
  });
});

/** Deletes everything a lab made, in dependency order, through the APIs. */
async function teardown(lab) {
  const { acct, regionId } = lab;
  const vpc = lab.vpc;
  const { body } = await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId, pageSize: 100 }));
  let page = 1;
  let items = body.eipAddresses.eipAddress;
  for (;;) {
    for (const e of items) {
      if (e.instanceId) await lab.unassociate(e.allocationId, { force: true }).catch(() => {});
    }
    if (items.length < 100) break;
    page += 1;
    items = (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId, pageSize: 100, pageNumber: page }))).body.eipAddresses.eipAddress;
  }
  await until(`${acct.accountId}'s EIPs are unbound`, async () => (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId, status: 'InUse' }))).body.totalCount
    + (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId, status: 'Unassociating' }))).body.totalCount, (n) => n === 0, 60_000);
  const haVips = (await vpc.describeHaVips(new Vpc.DescribeHaVipsRequest({ regionId }))).body.haVips.haVip;
  for (const h of haVips) {
    for (const member of h.associatedInstances?.associatedInstance ?? []) {
      await vpc.unassociateHaVip(new Vpc.UnassociateHaVipRequest({ regionId, haVipId: h.haVipId, instanceId: member, force: 'True' }));
    }
    await vpc.deleteHaVip(new Vpc.DeleteHaVipRequest({ regionId, haVipId: h.haVipId }));
  }
  const nats = (await vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId, vpcId: lab.vpcId }))).body.natGateways.natGateway;
  for (const n of nats) {
    for (const e of (await vpc.describeSnatTableEntries(new Vpc.DescribeSnatTableEntriesRequest({ regionId, snatTableId: n.snatTableIds.snatTableId[0] }))).body.snatTableEntries.snatTableEntry) {
      await vpc.deleteSnatEntry(new Vpc.DeleteSnatEntryRequest({ regionId, snatTableId: e.snatTableId, snatEntryId: e.snatEntryId }));
    }
    for (const e of (await vpc.describeForwardTableEntries(new Vpc.DescribeForwardTableEntriesRequest({ regionId, forwardTableId: n.forwardTableIds.forwardTableId[0] }))).body.forwardTableEntries.forwardTableEntry) {
      await vpc.deleteForwardEntry(new Vpc.DeleteForwardEntryRequest({ regionId, forwardTableId: e.forwardTableId, forwardEntryId: e.forwardEntryId }));
    }
    await vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId, natGatewayId: n.natGatewayId }));
  }
  const clbs = await lab.slb.request('DescribeLoadBalancers', { RegionId: regionId }, { method: 'POST' });
  for (const l of clbs.LoadBalancers.LoadBalancer) await lab.slb.request('DeleteLoadBalancer', { RegionId: regionId, LoadBalancerId: l.LoadBalancerId }, { method: 'POST' });
  const enis = (await lab.ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId, pageSize: 100 }))).body.networkInterfaceSets.networkInterfaceSet;
  for (const e of enis.filter((x) => x.type === 'Secondary' && x.instanceId)) await lab.detach(e.networkInterfaceId, e.instanceId);
  for (const e of enis.filter((x) => x.type === 'Secondary')) await lab.ecs.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId, networkInterfaceId: e.networkInterfaceId }));
  const instances = (await lab.ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId, pageSize: 100 }))).body.instances.instance;
  for (const i of instances) await lab.ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ regionId, instanceId: i.instanceId, force: true }));
  const groups = (await lab.ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId }))).body.securityGroups.securityGroup;
  for (const g of groups) await lab.ecs.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId, securityGroupId: g.securityGroupId }));
  const vSwitches = (await vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId, vpcId: lab.vpcId }))).body.vSwitches.vSwitch;
  for (const s of vSwitches) await vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId, vSwitchId: s.vSwitchId }));
  await vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId, vpcId: lab.vpcId }));
}
