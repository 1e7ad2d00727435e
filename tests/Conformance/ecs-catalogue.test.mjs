// The ECS instance-type catalogue through the official ECS SDK (issue 3: R-ENI-4, R-MULTI-6 as data).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { useServer, OpenApi, REGION } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const ctx = useServer();

function ecsClient(acct) {
  return new Ecs.default(new OpenApi.$OpenApiUtil.Config({
    accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret,
    endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION,
  }));
}

describe('ECS DescribeInstanceTypes', () => {
  it('lists today\'s families and the multi-EIP families with their ENI and private-IP limits', async () => {
    const acct = await ctx.harness.createAccount();
    const { body } = await ecsClient(acct).describeInstanceTypes(new Ecs.DescribeInstanceTypesRequest({}));
    const byId = Object.fromEntries(body.instanceTypes.instanceType.map((t) => [t.instanceTypeId, t]));
    for (const id of ['ecs.g7.large', 'ecs.c7.xlarge', 'ecs.r7.2xlarge', 'ecs.g8i.large', 'ecs.g5.large', 'ecs.sn2ne.large']) {
      assert.ok(byId[id], `${id} is offered`);
    }
    const g7 = byId['ecs.g7.large'];
    assert.equal(g7.instanceTypeFamily, 'ecs.g7');
    assert.equal(g7.cpuCoreCount, 2);
    assert.equal(g7.memorySize, 8);
    assert.equal(g7.eniQuantity, 3);
    assert.equal(g7.eniPrivateIpAddressQuantity, 6);
  });

  it('filters by InstanceTypes.N and InstanceTypeFamily', async () => {
    const acct = await ctx.harness.createAccount();
    const client = ecsClient(acct);
    const one = await client.describeInstanceTypes(new Ecs.DescribeInstanceTypesRequest({ instanceTypes: ['ecs.g7.xlarge'] }));
    assert.deepEqual(one.body.instanceTypes.instanceType.map((t) => t.instanceTypeId), ['ecs.g7.xlarge']);
    const family = await client.describeInstanceTypes(new Ecs.DescribeInstanceTypesRequest({ instanceTypeFamily: 'ecs.c5' }));
    assert.ok(family.body.instanceTypes.instanceType.length > 0);
    assert.ok(family.body.instanceTypes.instanceType.every((t) => t.instanceTypeFamily === 'ecs.c5'));
  });
});
