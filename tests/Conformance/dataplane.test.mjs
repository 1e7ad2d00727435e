// The nftables data plane carries every binding (issue 9): real TCP/UDP servers and clients in the
// network namespaces the server builds, driven through the official SDKs. One server with
// OpenEip:DataPlane:Driver=nftables runs this whole file (a host has one data plane), as root only:
// elsewhere the file is skipped, saying why. Clients on "the internet" run in openeip-internet and are
// 198.51.100.10; the region's EIPs come from 203.0.113.0/24.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer } from './lib/server.mjs';
import { Harness, REGION, Vpc } from './lib/harness.mjs';
import { Lab, Ecs, until } from './lib/lab.mjs';
import {
  dataPlaneSkipReason, namespaces, startEchoServer, request, greeting, startStream, stopAll, addresses,
  startRawEcho, rawSend, runIn,
} from './lib/netns.mjs';

const skip = dataPlaneSkipReason() ?? false;
const INTERNET = 'openeip-internet';
const CLIENT = '198.51.100.10';

const ctx = { server: null, harness: null };

/** The namespaces this data plane owns (ADR 4's names). */
function ownedNamespaces() {
  return namespaces().filter((n) => n === INTERNET || n.startsWith('openeip-gw-') || /^(i|eni|lb|vpc)-[a-z0-9]+$/.test(n));
}

async function bind(lab, allocationId, instanceId, fields = {}) {
  await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: lab.regionId, allocationId, instanceId, ...fields }));
  await until(`${allocationId} InUse`, () => lab.eipView(allocationId), (v) => v.status === 'InUse', 20_000);
  return (await lab.eipView(allocationId)).ipAddress;
}

async function unbind(lab, allocationId, instanceId, fields = {}) {
  await lab.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: lab.regionId, allocationId, instanceId, ...fields }));
  await until(`${allocationId} Available`, () => lab.eipView(allocationId), (v) => v.status === 'Available', 20_000);
}

async function allowTcp(lab, port, groupId = lab.securityGroupId) {
  await lab.ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({
    regionId: lab.regionId, securityGroupId: groupId, ipProtocol: 'tcp', portRange: `${port}/${port}`, sourceCidrIp: '0.0.0.0/0',
  }));
}

/** Retries a request until it answers (a new host or rule takes effect on the next pass), bounded. */
async function reach(ns, host, port, options = {}) {
  return until(`${ns} reaches ${host}:${port}`, () => request(ns, host, port, options), (text) => greeting(text) !== null, 15_000);
}

describe('the nftables data plane', { skip }, () => {
  before(async () => {
    ctx.server = await startServer({
      env: {
        OpenEip__DataPlane__Driver: 'nftables',
        'OpenEip__AddressPools__cn-hangzhou__0': '203.0.113.0/24',
        OpenEip__Compute__PendingSeconds: '0',
        OpenEip__Compute__StartingSeconds: '0',
        OpenEip__Compute__EniAttachSeconds: '0',
      },
    });
    ctx.harness = new Harness(ctx.server);
  });

  after(async () => {
    stopAll();
    await ctx.server?.stop();
  });

  it('ECS: inbound through the EIP reaches the instance, which sees the real client; outbound leaves with the EIP as source', async () => {
    const lab = await Lab.create(ctx);
    await allowTcp(lab, 8080);
    const instance = await lab.instance();
    const eip = await lab.eip();
    const address = await bind(lab, eip, instance);
    const privateIp = (await lab.privateIps(await lab.primaryEniId(instance))).primary;

    await startEchoServer(instance, 'vm', 8080);
    const inbound = greeting(await reach(INTERNET, address, 8080));
    assert.deepEqual(inbound, { name: 'vm', peer: CLIENT, local: privateIp });

    await startEchoServer(INTERNET, 'internet', 9090);
    const outbound = greeting(await reach(instance, CLIENT, 9090));
    assert.equal(outbound.peer, address, 'the instance leaves with its EIP as source');
  });
});
