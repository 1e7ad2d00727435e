// Classic Load Balancers (SLB 2014-05-15) through pop-core, as the SLB API has no SDK package here (issue 3).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, popClient, Vpc, REGION } from './lib/harness.mjs';

const ctx = useServer();
const SLB = '2014-05-15';

describe('CLB (SLB API)', () => {
  it('an intranet CLB in a vSwitch takes a private IP; an internet CLB a public one; both are described and deleted', async () => {
    const acct = await ctx.harness.createAccount();
    const slb = popClient(ctx.server, acct.cred, { apiVersion: SLB });
    const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
    const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;

    const intranet = await slb.request('CreateLoadBalancer', { RegionId: REGION, AddressType: 'intranet', VpcId: vpcId, VSwitchId: vSwitchId, LoadBalancerName: 'inner' }, { method: 'POST' });
    assert.match(intranet.LoadBalancerId, /^lb-[a-z0-9]{20}$/);
    assert.match(intranet.Address, /^10\.0\.1\./);
    assert.equal(intranet.NetworkType, 'vpc');
    const internet = await slb.request('CreateLoadBalancer', { RegionId: REGION, AddressType: 'internet' }, { method: 'POST' });
    assert.match(internet.Address, /^198\.18\./);

    const listed = await slb.request('DescribeLoadBalancers', { RegionId: REGION }, { method: 'POST' });
    assert.equal(listed.TotalCount, 2);
    assert.ok(Array.isArray(listed.LoadBalancers.LoadBalancer));
    const onlyIntranet = await slb.request('DescribeLoadBalancers', { RegionId: REGION, AddressType: 'intranet' }, { method: 'POST' });
    assert.deepEqual(onlyIntranet.LoadBalancers.LoadBalancer.map((l) => l.LoadBalancerId), [intranet.LoadBalancerId]);
    const attribute = await slb.request('DescribeLoadBalancerAttribute', { LoadBalancerId: intranet.LoadBalancerId }, { method: 'POST' });
    assert.equal(attribute.VSwitchId, vSwitchId);
    assert.equal(attribute.LoadBalancerStatus, 'active');
    assert.equal(typeof attribute.CreateTimeStamp, 'number');

    await expectError(acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId })), { code: 'DependencyViolation.VSwitch', status: 400 });
    await slb.request('DeleteLoadBalancer', { LoadBalancerId: intranet.LoadBalancerId }, { method: 'POST' });
    await expectError(slb.request('DescribeLoadBalancerAttribute', { LoadBalancerId: intranet.LoadBalancerId }, { method: 'POST' }), { code: 'InvalidLoadBalancerId.NotFound' });
    await acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId }));
  });

  it('an intranet CLB needs a vSwitch of the account', async () => {
    const acct = await ctx.harness.createAccount();
    const slb = popClient(ctx.server, acct.cred, { apiVersion: SLB });
    await expectError(slb.request('CreateLoadBalancer', { RegionId: REGION, AddressType: 'intranet' }, { method: 'POST' }), { code: 'MissingParameter' });
    await expectError(slb.request('CreateLoadBalancer', { RegionId: REGION, AddressType: 'intranet', VSwitchId: 'vsw-nope' }, { method: 'POST' }), { code: 'InvalidVSwitchId.NotFound' });
  });
});
