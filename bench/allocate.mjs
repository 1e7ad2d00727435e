// Benchmark: concurrent AllocateEipAddress through the official SDK against a real server process.
// Reports throughput and latency percentiles; checks that no address was handed out twice.
//
//   node bench/allocate.mjs [count=1000] [concurrency=100]
//
// Needs the server built (dotnet build -c Release) and tests/Conformance's npm packages (npm ci there).

import { startServer } from '../tests/Conformance/lib/server.mjs';
import { vpcClient, popClient, OPERATOR_VERSION, Vpc } from '../tests/Conformance/lib/harness.mjs';

const count = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 100);
const region = 'cn-wulanchabu';

const server = await startServer();
try {
  const operator = popClient(server, server.operator, { apiVersion: OPERATOR_VERSION });
  const account = await operator.request('CreateAccount', { AccountName: 'bench' }, { method: 'POST' });
  await operator.request('SetAccountQuota', { AccountId: account.AccountId, QuotaName: 'eip-postpaid-per-region', Value: String(count + 10) }, { method: 'POST' });
  const client = vpcClient(server, { accessKeyId: account.AccessKeyId, accessKeySecret: account.AccessKeySecret });

  const latencies = [];
  const addresses = new Set();
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      const { body } = await client.allocateEipAddress(new Vpc.AllocateEipAddressRequest({ regionId: region }));
      latencies.push(performance.now() - t0);
      addresses.add(body.eipAddress);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(JSON.stringify({
    count, concurrency, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(count / seconds),
    p50ms: pct(0.5), p95ms: pct(0.95), p99ms: pct(0.99), distinctAddresses: addresses.size,
  }));
  if (addresses.size !== count) {
    console.error('an address was handed out twice');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
