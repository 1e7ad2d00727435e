// Benchmark: concurrent AssociateEipAddress (ECS instances) through the official SDK against a real
// server process, with the `none` data-plane driver confirming at once (ConfirmDelay 0). Reports the
// association calls' throughput and latency, and how long after the last call every EIP is InUse
// (the reconciler's lag); then the same for UnassociateEipAddress and Available.
//
//   node bench/associate.mjs [count=500] [concurrency=50]
//
// Needs the server built (dotnet build -c Release) and tests/Conformance's npm packages (npm ci there).

import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import { startServer } from '../tests/Conformance/lib/server.mjs';
import { vpcClient, popClient, OPERATOR_VERSION, OpenApi, Vpc } from '../tests/Conformance/lib/harness.mjs';

// The SDKs live in tests/Conformance's node_modules.
const require = createRequire(new URL('../tests/Conformance/package.json', import.meta.url));
const Ecs = require('@alicloud/ecs20140526');
const count = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 50);
const region = 'cn-hangzhou';

const server = await startServer({
  env: { OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0', OpenEip__DataPlane__ConfirmDelay: '00:00:00' },
});
try {
  const operator = popClient(server, server.operator, { apiVersion: OPERATOR_VERSION });
  const account = await operator.request('CreateAccount', { AccountName: 'bench' }, { method: 'POST' });
  await operator.request('SetAccountQuota', { AccountId: account.AccountId, QuotaName: 'eip-postpaid-per-region', Value: String(count + 10) }, { method: 'POST' });
  const cred = { accessKeyId: account.AccessKeyId, accessKeySecret: account.AccessKeySecret };
  const vpc = vpcClient(server, cred);
  const ecs = new Ecs.default(new OpenApi.$OpenApiUtil.Config({ ...cred, endpoint: server.endpoint, protocol: 'http', regionId: region }));

  const { vpcId } = (await vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: region, cidrBlock: '10.0.0.0/16' }))).body;
  const vSwitchId = (await vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: region, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.0.0/20' }))).body.vSwitchId;
  const securityGroupId = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: region, vpcId }))).body.securityGroupId;
  const instances = [];
  while (instances.length < count) {
    const amount = Math.min(100, count - instances.length);
    const { body } = await ecs.runInstances(new Ecs.RunInstancesRequest({
      regionId: region, instanceType: 'ecs.g7.large', imageId: 'aliyun_3_x64', vSwitchId, securityGroupId, amount,
    }));
    instances.push(...body.instanceIdSets.instanceIdSet);
  }
  const eips = [];
  for (let i = 0; i < count; i++) eips.push((await vpc.allocateEipAddress(new Vpc.AllocateEipAddressRequest({ regionId: region }))).body.allocationId);

  const countIn = async (status) => (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: region, status, pageSize: 1 }))).body.totalCount;

  async function phase(name, call, settledStatus) {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await call(i);
        latencies.push(performance.now() - t0);
      }
    }));
    const callsDone = performance.now();
    while (await countIn(settledStatus) < count) await delay(5);
    const settled = performance.now();
    latencies.sort((a, b) => a - b);
    const pct = (p) => Number(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1));
    return {
      phase: name, count, concurrency, perSecond: Math.round(count / ((callsDone - started) / 1000)),
      p50ms: pct(0.5), p99ms: pct(0.99), settledAfterLastCallMs: Math.round(settled - callsDone),
    };
  }

  console.log(JSON.stringify(await phase('associate',
    (i) => vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: region, allocationId: eips[i], instanceId: instances[i] })), 'InUse')));
  console.log(JSON.stringify(await phase('unassociate',
    (i) => vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: region, allocationId: eips[i] })), 'Available')));
} finally {
  await server.stop();
}
