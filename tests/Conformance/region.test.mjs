// Issue 3's end-to-end scenario: a realistic region built with the official VPC, ECS and ALB SDKs (pop-core
// for SLB and NLB), then checked through every Describe call, down to the vSwitch's free address count.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { useServer, popClient, OpenApi, Vpc, REGION } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const Alb = require('@alicloud/alb20200616');
const ctx = useServer({ env: { OpenEip__Compute__PendingSeconds: '0.1', OpenEip__Compute__StartingSeconds: '0.1', OpenEip__Compute__EniAttachSeconds: '0.1' } });

const config = (acct) => new OpenApi.$OpenApiUtil.Config({ accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret, endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION });

async function until(what, read, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)}`);
    await delay(50);
  }
}

describe('a realistic region', () => {
  it('VPC with a public secondary block, vSwitches in two zones, security groups, instances of several types, ENIs, NAT gateways before and after 2022-09-19, CLB, ALB, NLB and a HaVip', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'havip-privilege', 1);
    const vpc = acct.vpc;
    const ecs = new Ecs.default(config(acct));
    const alb = new Alb.default(config(acct));
    const slb = popClient(ctx.server, acct.cred, { apiVersion: '2014-05-15' });
    const nlb = popClient(ctx.server, acct.cred, { apiVersion: '2022-04-30' });

    // Network
    const { vpcId } = (await vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16', vpcName: 'prod' }))).body;
    await vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: REGION, vpcId, secondaryCidrBlock: '47.100.8.0/24' }));
    const vsw = async (zoneId, cidrBlock) => (await vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId, cidrBlock }))).body.vSwitchId;
    const a = await vsw('cn-hangzhou-b', '10.0.1.0/24');
    const b = await vsw('cn-hangzhou-h', '10.0.2.0/24');
    const publicVsw = await vsw('cn-hangzhou-b', '47.100.8.0/26');

    // Security groups
    const sg = async (name) => (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId, securityGroupName: name }))).body.securityGroupId;
    const web = await sg('web');
    const db = await sg('db');
    await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId: REGION, securityGroupId: web, ipProtocol: 'tcp', portRange: '443/443', sourceCidrIp: '0.0.0.0/0' }));
    await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId: REGION, securityGroupId: db, ipProtocol: 'tcp', portRange: '5432/5432', sourceGroupId: web }));

    // Instances of several types
    const run = async (instanceType, vSwitchId, amount = 1) =>
      (await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType, vSwitchId, securityGroupId: web, amount }))).body.instanceIdSets.instanceIdSet;
    const [g7a, g7b] = await run('ecs.g7.large', a, 2);
    const [r7] = await run('ecs.r7.large', a);
    const [c5] = await run('ecs.c5.xlarge', b);
    const all = [g7a, g7b, r7, c5];
    await until('instances', async () => (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, vpcId, status: 'Running' }))).body.totalCount, (n) => n === 4);

    // A secondary ENI with its own security group and two secondary IPs on g7a; one in the public vSwitch left unattached
    const eni = (await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: a, securityGroupId: db, secondaryPrivateIpAddressCount: 2 }))).body.networkInterfaceId;
    await ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: eni, instanceId: g7a }));
    const publicEni = (await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: publicVsw, securityGroupId: web }))).body.networkInterfaceId;

    // NAT gateways: one "after" 2022-09-19 (now) and one dated before it by the operator
    const ngw = async () => (await vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId: a, natType: 'Enhanced', networkType: 'internet' }))).body.natGatewayId;
    const newNat = await ngw();
    const oldNat = await ngw();
    await ctx.harness.operator.request('SetNatGatewayCreationTime', { NatGatewayId: oldNat, CreationTime: '2022-01-01T00:00:00Z' }, { method: 'POST' });

    // Load balancers
    const clb = await slb.request('CreateLoadBalancer', { RegionId: REGION, AddressType: 'intranet', VpcId: vpcId, VSwitchId: a }, { method: 'POST' });
    const zones = [{ zoneId: 'cn-hangzhou-b', vSwitchId: a }, { zoneId: 'cn-hangzhou-h', vSwitchId: b }];
    const albId = (await alb.createLoadBalancer(new Alb.CreateLoadBalancerRequest({ vpcId, addressType: 'Intranet', zoneMappings: zones.map((z) => new Alb.CreateLoadBalancerRequestZoneMappings(z)) }))).body.loadBalancerId;
    const nlbParams = { AddressType: 'Intranet', VpcId: vpcId };
    zones.forEach((z, i) => { nlbParams[`ZoneMappings.${i + 1}.ZoneId`] = z.zoneId; nlbParams[`ZoneMappings.${i + 1}.VSwitchId`] = z.vSwitchId; });
    const nlbId = (await nlb.request('CreateLoadBalancer', nlbParams, { method: 'POST' })).LoadBalancerId;
    for (const type of ['Internet', 'Intranet']) {
      await alb.updateLoadBalancerAddressTypeConfig(new Alb.UpdateLoadBalancerAddressTypeConfigRequest({ loadBalancerId: albId, addressType: type }));
      await nlb.request('UpdateLoadBalancerAddressTypeConfig', { LoadBalancerId: nlbId, AddressType: type }, { method: 'POST' });
      const managed = (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: REGION, serviceManaged: true }))).body.totalCount;
      assert.equal(managed, type === 'Internet' ? 4 : 0, `${type}: one system EIP per zone of each load balancer`);
    }

    // HaVip shared by the two g7 instances
    const haVipId = (await vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId: a }))).body.haVipId;
    for (const id of [g7a, g7b]) await vpc.associateHaVip(new Vpc.AssociateHaVipRequest({ regionId: REGION, haVipId, instanceId: id }));

    // Every Describe shows what was created
    const vpcs = (await vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }))).body.vpcs.vpc[0];
    assert.deepEqual(vpcs.secondaryCidrBlocks.secondaryCidrBlock, ['47.100.8.0/24']);
    assert.deepEqual([...vpcs.vSwitchIds.vSwitchId].sort(), [a, b, publicVsw].sort());

    const instances = (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, vpcId, pageSize: 10 }))).body.instances.instance;
    assert.deepEqual(instances.map((i) => i.instanceId).sort(), [...all].sort());
    assert.deepEqual(Object.fromEntries(instances.map((i) => [i.instanceId, i.instanceType])), { [g7a]: 'ecs.g7.large', [g7b]: 'ecs.g7.large', [r7]: 'ecs.r7.large', [c5]: 'ecs.c5.xlarge' });
    const withEni = await until('ENI attach', async () => (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([g7a]) }))).body.instances.instance[0],
      (i) => i.networkInterfaces.networkInterface.length === 2);
    const secondary = withEni.networkInterfaces.networkInterface.find((n) => n.type === 'Secondary');
    assert.equal(secondary.networkInterfaceId, eni);
    assert.equal(secondary.privateIpSets.privateIpSet.length, 3);

    const enis = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [eni, publicEni] }))).body.networkInterfaceSets.networkInterfaceSet;
    const byId = Object.fromEntries(enis.map((e) => [e.networkInterfaceId, e]));
    assert.equal(byId[eni].status, 'InUse');
    assert.deepEqual(byId[eni].securityGroupIds.securityGroupId, [db]);
    assert.equal(byId[publicEni].status, 'Available');
    assert.match(byId[publicEni].privateIpAddress, /^47\.100\.8\./);

    const nats = (await vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, vpcId }))).body.natGateways.natGateway;
    const created = Object.fromEntries(nats.map((n) => [n.natGatewayId, n.creationTime]));
    assert.ok(created[oldNat] < '2022-09-19' && created[newNat] > '2022-09-19');

    const clbs = (await slb.request('DescribeLoadBalancers', { RegionId: REGION, VpcId: vpcId }, { method: 'POST' })).LoadBalancers.LoadBalancer;
    assert.deepEqual(clbs.map((l) => l.LoadBalancerId), [clb.LoadBalancerId]);
    assert.equal((await alb.getLoadBalancerAttribute(new Alb.GetLoadBalancerAttributeRequest({ loadBalancerId: albId }))).body.addressType, 'Intranet');
    assert.equal((await nlb.request('GetLoadBalancerAttribute', { LoadBalancerId: nlbId }, { method: 'POST' })).AddressType, 'Intranet');

    const haVip = (await vpc.describeHaVips(new Vpc.DescribeHaVipsRequest({ regionId: REGION }))).body.haVips.haVip[0];
    assert.equal(haVip.masterInstanceId, g7a);
    assert.deepEqual(haVip.associatedInstances.associatedInstance, [g7a, g7b]);

    // vSwitch A's free addresses account for everything in it: 3 primary ENIs, the secondary ENI with 2 more IPs,
    // 2 NAT gateways, the CLB, one address each for the ALB and the NLB, and the HaVip.
    const vSwitchA = (await vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId: REGION, vSwitchId: a }))).body.vSwitches.vSwitch[0];
    assert.equal(vSwitchA.availableIpAddressCount, 252 - (3 + 3 + 2 + 1 + 1 + 1 + 1));
  });
});
