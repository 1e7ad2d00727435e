// ALB (official SDK) and NLB (pop-core): Intranet → Internet → Intranet, one system-managed EIP per zone
// while Internet-facing (R-LB-2), which the owner sees but cannot release (issue 3).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { useServer, expectError, popClient, OpenApi, Vpc, REGION } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const Alb = require('@alicloud/alb20200616');
const ctx = useServer();

async function network(acct) {
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vsw = async (zoneId, cidrBlock) => (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId, cidrBlock }))).body.vSwitchId;
  return { vpcId, zones: [{ zoneId: 'cn-hangzhou-b', vSwitchId: await vsw('cn-hangzhou-b', '10.0.1.0/24') }, { zoneId: 'cn-hangzhou-h', vSwitchId: await vsw('cn-hangzhou-h', '10.0.2.0/24') }] };
}

const managedEips = async (acct, lbId) =>
  (await acct.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: REGION, associatedInstanceId: lbId }))).body.eipAddresses.eipAddress;

describe('ALB and NLB public access (R-LB-2)', () => {
  it('ALB: created Intranet, switched to Internet (an EIP per zone, service-managed), back to Intranet (EIPs released)', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, zones } = await network(acct);
    const alb = new Alb.default(new OpenApi.$OpenApiUtil.Config({ accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret, endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION }));
    const { body } = await alb.createLoadBalancer(new Alb.CreateLoadBalancerRequest({
      vpcId, addressType: 'Intranet', loadBalancerName: 'web', loadBalancerEdition: 'Standard',
      loadBalancerBillingConfig: new Alb.CreateLoadBalancerRequestLoadBalancerBillingConfig({ payType: 'PostPay' }),
      zoneMappings: zones.map((z) => new Alb.CreateLoadBalancerRequestZoneMappings(z)),
    }));
    const id = body.loadBalancerId;
    assert.match(id, /^alb-[a-z0-9]{20}$/);
    const get = async () => (await alb.getLoadBalancerAttribute(new Alb.GetLoadBalancerAttributeRequest({ loadBalancerId: id }))).body;
    const intranet = await get();
    assert.equal(intranet.addressType, 'Intranet');
    assert.equal(intranet.zoneMappings.length, 2);
    assert.match(intranet.zoneMappings[0].loadBalancerAddresses[0].intranetAddress, /^10\.0\.1\./);
    assert.deepEqual(await managedEips(acct, id), []);

    await alb.updateLoadBalancerAddressTypeConfig(new Alb.UpdateLoadBalancerAddressTypeConfigRequest({ loadBalancerId: id, addressType: 'Internet' }));
    const internet = await get();
    assert.equal(internet.addressType, 'Internet');
    const allocationIds = internet.zoneMappings.map((z) => z.loadBalancerAddresses[0].allocationId);
    assert.ok(allocationIds.every((a) => /^eip-/.test(a)));
    const eips = await managedEips(acct, id);
    assert.deepEqual(eips.map((e) => e.allocationId).sort(), [...allocationIds].sort());
    assert.ok(eips.every((e) => e.status === 'InUse' && e.serviceManaged === 1 && e.instanceId === id));
    await expectError(acct.vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ regionId: REGION, allocationId: allocationIds[0] })), { code: 'IncorrectEipStatus', status: 400 });
    const listed = (await alb.listLoadBalancers(new Alb.ListLoadBalancersRequest({ addressType: 'Internet' }))).body;
    assert.deepEqual(listed.loadBalancers.map((l) => l.loadBalancerId), [id]);

    await alb.updateLoadBalancerAddressTypeConfig(new Alb.UpdateLoadBalancerAddressTypeConfigRequest({ loadBalancerId: id, addressType: 'Intranet' }));
    assert.deepEqual(await managedEips(acct, id), []);
    const released = eips[0].ipAddress;
    await expectError(acct.vpc.allocateEipAddressPro(new Vpc.AllocateEipAddressProRequest({ regionId: REGION, ipAddress: released })), { code: 'ReserveIpFail', status: 400 });
    await alb.deleteLoadBalancer(new Alb.DeleteLoadBalancerRequest({ loadBalancerId: id }));
    await expectError(alb.getLoadBalancerAttribute(new Alb.GetLoadBalancerAttributeRequest({ loadBalancerId: id })), { code: 'ResourceNotFound.LoadBalancer', status: 404 });
  });

  it('NLB: created Internet gets its EIPs at once; system EIPs do not use the owner\'s quota; deleting releases them', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-postpaid-per-region', 0);
    const { vpcId, zones } = await network(acct);
    const nlb = popClient(ctx.server, acct.cred, { apiVersion: '2022-04-30' });
    const params = { AddressType: 'Internet', VpcId: vpcId, LoadBalancerType: 'Network' };
    zones.forEach((z, i) => { params[`ZoneMappings.${i + 1}.ZoneId`] = z.zoneId; params[`ZoneMappings.${i + 1}.VSwitchId`] = z.vSwitchId; });
    const { LoadBalancerId: id } = await nlb.request('CreateLoadBalancer', params, { method: 'POST' });
    assert.match(id, /^nlb-/);
    const attribute = await nlb.request('GetLoadBalancerAttribute', { LoadBalancerId: id }, { method: 'POST' });
    assert.equal(attribute.AddressType, 'Internet');
    assert.ok(attribute.ZoneMappings.every((z) => /^198\.18\./.test(z.LoadBalancerAddresses[0].PublicIPv4Address)));
    assert.equal((await managedEips(acct, id)).length, 2);
    await expectError(nlb.request('UpdateLoadBalancerAddressTypeConfig', { LoadBalancerId: id, AddressType: 'Internet' }, { method: 'POST' }), { code: 'IncorrectStatus.LoadBalancer' });
    await nlb.request('DeleteLoadBalancer', { LoadBalancerId: id }, { method: 'POST' });
    assert.deepEqual(await managedEips(acct, id), []);
  });

  it('a load balancer needs two zones, each with a vSwitch of its VPC in that zone', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, zones } = await network(acct);
    const nlb = popClient(ctx.server, acct.cred, { apiVersion: '2022-04-30' });
    await expectError(nlb.request('CreateLoadBalancer', { AddressType: 'Intranet', VpcId: vpcId, 'ZoneMappings.1.ZoneId': zones[0].zoneId, 'ZoneMappings.1.VSwitchId': zones[0].vSwitchId }, { method: 'POST' }),
      { code: 'InvalidParameter' });
    await expectError(nlb.request('CreateLoadBalancer', {
      AddressType: 'Intranet', VpcId: vpcId,
      'ZoneMappings.1.ZoneId': zones[0].zoneId, 'ZoneMappings.1.VSwitchId': zones[1].vSwitchId,
      'ZoneMappings.2.ZoneId': zones[1].zoneId, 'ZoneMappings.2.VSwitchId': zones[0].vSwitchId,
    }, { method: 'POST' }), { code: 'InvalidVSwitchId.ZoneMismatch' });
  });
});
