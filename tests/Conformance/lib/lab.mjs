// Shared helpers for the association tests (assoc-*.test.mjs): a "lab" is one fresh account with a VPC,
// a vSwitch and a security group in one region, and short ways to add instances, ENIs, NAT gateways,
// HaVips, CLBs and EIPs, to bind and unbind, and to wait — always by bounded polling of an observable
// condition, never by a fixed sleep.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import { OpenApi, Vpc, REGION, popClient, statusOf } from './harness.mjs';

const require = createRequire(import.meta.url);
export const Ecs = require('@alicloud/ecs20140526');
export const Alb = require('@alicloud/alb20200616');

export const ECS_VERSION = '2014-05-26';
export const SLB_VERSION = '2014-05-15';
export const NLB_VERSION = '2022-04-30';

/** Instances and ENIs change state at once (every test that needs a transitional state says so). */
export const FAST_COMPUTE = {
  OpenEip__Compute__PendingSeconds: '0',
  OpenEip__Compute__StartingSeconds: '0',
  OpenEip__Compute__StoppingSeconds: '0',
  OpenEip__Compute__EniAttachSeconds: '0',
};

/** Status values an EIP passes through on its way somewhere (never a resting place). */
export const TRANSITIONAL = ['Associating', 'Unassociating'];

export function ecsClient(server, cred, regionId = REGION) {
  return new Ecs.default(new OpenApi.$OpenApiUtil.Config({
    accessKeyId: cred.accessKeyId, accessKeySecret: cred.accessKeySecret,
    endpoint: server.endpoint, protocol: 'http', regionId, readTimeout: 60_000,
  }));
}

export function albClient(server, cred, regionId = REGION) {
  return new Alb.default(new OpenApi.$OpenApiUtil.Config({
    accessKeyId: cred.accessKeyId, accessKeySecret: cred.accessKeySecret,
    endpoint: server.endpoint, protocol: 'http', regionId,
  }));
}

/** Polls read() until accept(value) holds; fails after timeoutMs with the last value. */
export async function until(what, read, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await delay(40);
  }
}

/** Settles calls made in parallel: {ok: [values], errors: [{code, status, message}]}. */
export async function settle(promises) {
  const results = await Promise.allSettled(promises);
  const ok = [];
  const errors = [];
  for (const r of results) {
    if (r.status === 'fulfilled') ok.push(r.value);
    else errors.push({ code: r.reason?.code ?? r.reason?.name, status: statusOf(r.reason), message: r.reason?.message });
  }
  return { ok, errors, results };
}

/** Every error is a 4xx with one of these codes (and HTTP status where given as {code: status}). */
export function assertOnlyErrors(errors, allowed) {
  for (const e of errors) {
    assert.ok(e.status < 500, `a 5xx: ${JSON.stringify(e)}`);
    assert.ok(e.code in allowed, `unexpected error ${JSON.stringify(e)}; allowed: ${Object.keys(allowed).join(', ')}`);
    assert.equal(e.status, allowed[e.code], `HTTP status of ${JSON.stringify(e)}`);
  }
}

const zoneCache = new Map();

/** The zones of a region as DescribeZones lists them. */
export async function zonesOf(acct, regionId) {
  if (!zoneCache.has(regionId)) {
    const { body } = await acct.vpc.describeZones(new Vpc.DescribeZonesRequest({ regionId }));
    zoneCache.set(regionId, body.zones.zone.map((z) => z.zoneId));
  }
  return zoneCache.get(regionId);
}

/** All region ids as DescribeRegions lists them. */
export async function regionIds(acct) {
  const { body } = await acct.vpc.describeRegions(new Vpc.DescribeRegionsRequest({}));
  return body.regions.region.map((r) => r.regionId);
}

export class Lab {
  /**
   * A fresh account (or `acct`) with a VPC (10.0.0.0/16), a vSwitch (10.0.1.0/24) in the region's first zone
   * and a security group. Options: regionId, vSwitchCidr, eipQuota (eip-postpaid-per-region), havip (grant
   * the HaVip privilege), multiBinded (grant eip-multi-binded-privilege).
   */
  static async create(ctx, { acct, regionId = REGION, zoneId, vSwitchCidr = '10.0.1.0/24', eipQuota, havip = false, multiBinded = false } = {}) {
    const account = acct ?? await ctx.harness.createAccount();
    if (eipQuota !== undefined) await ctx.harness.setQuota(account.accountId, 'eip-postpaid-per-region', eipQuota);
    if (havip) await ctx.harness.setQuota(account.accountId, 'havip-privilege', 1);
    if (multiBinded) await ctx.harness.setQuota(account.accountId, 'eip-multi-binded-privilege', 1);
    const lab = new Lab(ctx, account, regionId);
    lab.zoneId = zoneId ?? (await zonesOf(account, regionId))[0];
    lab.vpcId = (await account.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId, cidrBlock: '10.0.0.0/16' }))).body.vpcId;
    lab.vSwitchId = await lab.vSwitch(vSwitchCidr);
    lab.securityGroupId = await lab.securityGroup('lab');
    return lab;
  }

  constructor(ctx, acct, regionId) {
    this.ctx = ctx;
    this.server = ctx.server;
    this.acct = acct;
    this.vpc = acct.vpc;
    this.regionId = regionId;
    this.ecs = ecsClient(ctx.server, acct.cred, regionId);
    this.ecsPop = popClient(ctx.server, acct.cred, { apiVersion: ECS_VERSION });
    this.slb = popClient(ctx.server, acct.cred, { apiVersion: SLB_VERSION });
    this.nlb = popClient(ctx.server, acct.cred, { apiVersion: NLB_VERSION });
  }

  // --- network ------------------------------------------------------------------------------

  async vSwitch(cidrBlock, zoneId = this.zoneId) {
    const { body } = await this.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: this.regionId, vpcId: this.vpcId, zoneId, cidrBlock }));
    return body.vSwitchId;
  }

  async securityGroup(name) {
    const { body } = await this.ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: this.regionId, vpcId: this.vpcId, securityGroupName: name }));
    return body.securityGroupId;
  }

  async availableIps(vSwitchId = this.vSwitchId) {
    const { body } = await this.vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId: this.regionId, vSwitchId }));
    return body.vSwitches.vSwitch[0].availableIpAddressCount;
  }

  // --- instances and ENIs -------------------------------------------------------------------

  /**
   * RunInstances (start, the default: waits for Running) or CreateInstance (start: false: waits for
   * Stopped). wait: false returns at once. Returns the instance ids (one unless amount is given).
   */
  async launch({ instanceType = 'ecs.g7.large', vSwitchId = this.vSwitchId, securityGroupId = this.securityGroupId, start = true, amount = 1, wait = true, internetMaxBandwidthOut } = {}) {
    let ids;
    if (start) {
      const { body } = await this.ecs.runInstances(new Ecs.RunInstancesRequest({
        regionId: this.regionId, instanceType, vSwitchId, securityGroupId, amount, internetMaxBandwidthOut,
      }));
      ids = body.instanceIdSets.instanceIdSet;
    } else {
      ids = [];
      for (let i = 0; i < amount; i++) {
        const { body } = await this.ecs.createInstance(new Ecs.CreateInstanceRequest({
          regionId: this.regionId, instanceType, vSwitchId, securityGroupId, internetMaxBandwidthOut,
        }));
        ids.push(body.instanceId);
      }
    }
    if (wait) {
      const want = start ? 'Running' : 'Stopped';
      for (const id of ids) await until(`instance ${id} ${want}`, () => this.instanceStatus(id), (s) => s === want);
    }
    return ids;
  }

  /** One running instance (see launch). */
  async instance(options = {}) {
    return (await this.launch(options))[0];
  }

  async instanceView(instanceId) {
    const { body } = await this.ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: this.regionId, instanceIds: JSON.stringify([instanceId]) }));
    assert.equal(body.instances.instance.length, 1, `instance ${instanceId} is listed`);
    return body.instances.instance[0];
  }

  async instanceStatus(instanceId) {
    return (await this.instanceView(instanceId)).status;
  }

  async primaryEniId(instanceId) {
    const view = await this.instanceView(instanceId);
    const primary = view.networkInterfaces.networkInterface.find((n) => n.type === 'Primary');
    assert.ok(primary, `${instanceId} has a primary ENI`);
    return primary.networkInterfaceId;
  }

  /** CreateNetworkInterface (secondary); attachTo attaches it (and waits for InUse unless wait: false). */
  async eni({ vSwitchId = this.vSwitchId, securityGroupId = this.securityGroupId, secondaryIps = 0, attachTo, wait = true } = {}) {
    const { body } = await this.ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({
      regionId: this.regionId, vSwitchId, securityGroupId, secondaryPrivateIpAddressCount: secondaryIps || undefined,
    }));
    if (attachTo) await this.attach(body.networkInterfaceId, attachTo, { wait });
    return body.networkInterfaceId;
  }

  async attach(networkInterfaceId, instanceId, { wait = true } = {}) {
    await this.ecs.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId: this.regionId, networkInterfaceId, instanceId }));
    if (wait) await until(`ENI ${networkInterfaceId} attached`, () => this.eniView(networkInterfaceId), (e) => e.status === 'InUse');
  }

  async detach(networkInterfaceId, instanceId, { wait = true } = {}) {
    await this.ecs.detachNetworkInterface(new Ecs.DetachNetworkInterfaceRequest({ regionId: this.regionId, networkInterfaceId, instanceId }));
    if (wait) await until(`ENI ${networkInterfaceId} detached`, () => this.eniView(networkInterfaceId), (e) => e.status === 'Available');
  }

  async assignIps(networkInterfaceId, count) {
    const { body } = await this.ecs.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({
      regionId: this.regionId, networkInterfaceId, secondaryPrivateIpAddressCount: count,
    }));
    return body.assignedPrivateIpAddressesSet.privateIpSet.privateIpAddress;
  }

  /** The ENI as the ECS SDK model sees it. */
  async eniView(networkInterfaceId) {
    const { body } = await this.ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: this.regionId, networkInterfaceId: [networkInterfaceId] }));
    assert.equal(body.networkInterfaceSets.networkInterfaceSet.length, 1, `ENI ${networkInterfaceId} is listed`);
    return body.networkInterfaceSets.networkInterfaceSet[0];
  }

  /** The ENI as raw JSON (pop-core), with the fields the SDK model drops (PrivateTrafficEnabled). */
  async eniRaw(networkInterfaceId) {
    const r = await this.ecsPop.request('DescribeNetworkInterfaces', { RegionId: this.regionId, 'NetworkInterfaceId.1': networkInterfaceId });
    assert.equal(r.NetworkInterfaceSets.NetworkInterfaceSet.length, 1, JSON.stringify(r));
    return r.NetworkInterfaceSets.NetworkInterfaceSet[0];
  }

  /** {privateIp: public IP of the EIP on it, or ''} from DescribeNetworkInterfaces' PrivateIpSets. */
  async eipsByPrivateIp(networkInterfaceId) {
    const view = await this.eniView(networkInterfaceId);
    return Object.fromEntries(view.privateIpSets.privateIpSet.map((s) => [s.privateIpAddress, s.associatedPublicIp?.publicIpAddress ?? '']));
  }

  async privateIps(networkInterfaceId) {
    const view = await this.eniView(networkInterfaceId);
    return {
      primary: view.privateIpAddress,
      secondary: view.privateIpSets.privateIpSet.filter((s) => !s.primary).map((s) => s.privateIpAddress),
    };
  }

  // --- other targets ------------------------------------------------------------------------

  async nat({ networkType = 'internet', vSwitchId = this.vSwitchId } = {}) {
    const { body } = await this.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({
      regionId: this.regionId, vpcId: this.vpcId, vSwitchId, natType: 'Enhanced', networkType,
    }));
    return body.natGatewayId;
  }

  async natView(natGatewayId) {
    const { body } = await this.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: this.regionId, natGatewayId }));
    assert.equal(body.natGateways.natGateway.length, 1, `NAT gateway ${natGatewayId} is listed`);
    return body.natGateways.natGateway[0];
  }

  async haVip({ vSwitchId = this.vSwitchId, ipAddress } = {}) {
    const { body } = await this.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: this.regionId, vSwitchId, ipAddress }));
    return body.haVipId;
  }

  async haVipMember(haVipId, instanceId, instanceType = 'EcsInstance') {
    await this.vpc.associateHaVip(new Vpc.AssociateHaVipRequest({ regionId: this.regionId, haVipId, instanceId, instanceType }));
  }

  async haVipView(haVipId) {
    const { body } = await this.vpc.describeHaVips(new Vpc.DescribeHaVipsRequest({
      regionId: this.regionId, filter: [new Vpc.DescribeHaVipsRequestFilter({ key: 'HaVipId', value: [haVipId] })],
    }));
    assert.equal(body.haVips.haVip.length, 1, `HaVip ${haVipId} is listed`);
    return body.haVips.haVip[0];
  }

  /** Two running instances, members of a new HaVip (the first one its master), and an EIP bound to the HaVip. */
  async haVipPairWithEip() {
    const [m1, m2] = await this.launch({ amount: 2 });
    const haVip = await this.haVip();
    const vip = (await this.haVipView(haVip)).ipAddress;
    await this.haVipMember(haVip, m1);
    await this.haVipMember(haVip, m2);
    const eip = await this.eip();
    await this.bind(eip, haVip, { instanceType: 'HaVip' });
    return { m1, m2, haVip, vip, eip };
  }

  /** A CLB (pop-core, SLB API): intranet in the lab's vSwitch by default, or internet. Returns the raw response. */
  async clb(addressType = 'intranet') {
    const params = addressType === 'intranet'
      ? { RegionId: this.regionId, AddressType: 'intranet', VpcId: this.vpcId, VSwitchId: this.vSwitchId }
      : { RegionId: this.regionId, AddressType: addressType };
    return this.slb.request('CreateLoadBalancer', params, { method: 'POST' });
  }

  /** Zone mappings for a zonal load balancer: the lab's vSwitch and one in the region's second zone (made once). */
  async zoneMappings() {
    if (!this.secondZone) {
      const zoneId = (await zonesOf(this.acct, this.regionId))[1];
      this.secondZone = { zoneId, vSwitchId: await this.vSwitch('10.0.250.0/24', zoneId) };
    }
    return [{ zoneId: this.zoneId, vSwitchId: this.vSwitchId }, this.secondZone];
  }

  /** An NLB (pop-core) with AddressType Internet or Intranet in two zones; returns its id. */
  async nlbLoadBalancer(addressType = 'Intranet') {
    const params = { RegionId: this.regionId, AddressType: addressType, VpcId: this.vpcId, LoadBalancerType: 'Network' };
    (await this.zoneMappings()).forEach((z, i) => {
      params[`ZoneMappings.${i + 1}.ZoneId`] = z.zoneId;
      params[`ZoneMappings.${i + 1}.VSwitchId`] = z.vSwitchId;
    });
    return (await this.nlb.request('CreateLoadBalancer', params, { method: 'POST' })).LoadBalancerId;
  }

  /** An ALB (official SDK) with AddressType Internet or Intranet in two zones; returns its id. */
  async albLoadBalancer(addressType = 'Intranet') {
    const alb = albClient(this.server, this.acct.cred, this.regionId);
    const { body } = await alb.createLoadBalancer(new Alb.CreateLoadBalancerRequest({
      vpcId: this.vpcId, addressType, loadBalancerEdition: 'Standard',
      loadBalancerBillingConfig: new Alb.CreateLoadBalancerRequestLoadBalancerBillingConfig({ payType: 'PostPay' }),
      zoneMappings: (await this.zoneMappings()).map((z) => new Alb.CreateLoadBalancerRequestZoneMappings(z)),
    }));
    return body.loadBalancerId;
  }

  // --- EIPs ---------------------------------------------------------------------------------

  async eip(fields = {}) {
    return (await this.acct.allocate({ regionId: this.regionId, ...fields })).allocationId;
  }

  async eips(n, fields = {}) {
    const ids = [];
    for (let i = 0; i < n; i++) ids.push(await this.eip(fields));
    return ids;
  }

  /** The EIP as DescribeEipAddresses shows it (undefined once released). */
  async eipView(allocationId) {
    return this.acct.describeOne(allocationId, this.regionId);
  }

  async eipStatus(allocationId) {
    return (await this.eipView(allocationId))?.status;
  }

  /** Waits until the EIP's status is `status` (a string or a predicate on the Describe item). */
  async waitEip(allocationId, status, timeoutMs = 10_000) {
    const accept = typeof status === 'function' ? status : (e) => e?.status === status;
    return until(`EIP ${allocationId} ${typeof status === 'string' ? status : ''}`, () => this.eipView(allocationId), accept, timeoutMs);
  }

  /** AssociateEipAddress (returns the SDK body; rejects with the SDK error). */
  async associate(allocationId, instanceId, { instanceType, mode, privateIpAddress, vpcId, clientToken, instanceRegionId, regionId = this.regionId, client = this.vpc } = {}) {
    const { body } = await client.associateEipAddress(new Vpc.AssociateEipAddressRequest({
      regionId, allocationId, instanceId, instanceType, mode, privateIpAddress, vpcId, clientToken, instanceRegionId,
    }));
    return body;
  }

  async unassociate(allocationId, { instanceId, instanceType, privateIpAddress, force, clientToken, regionId = this.regionId, client = this.vpc } = {}) {
    const { body } = await client.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({
      regionId, allocationId, instanceId, instanceType, privateIpAddress, force, clientToken,
    }));
    return body;
  }

  async batch(allocationIds, bindedInstanceId, bindedInstanceType, { mode, clientToken } = {}) {
    const { body } = await this.vpc.associateEipAddressBatch(new Vpc.AssociateEipAddressBatchRequest({
      regionId: this.regionId, bindedInstanceId, bindedInstanceType, instanceIds: allocationIds, mode, clientToken,
    }));
    return body;
  }

  /** Associates and waits for InUse; returns the EIP as Describe shows it. */
  async bind(allocationId, instanceId, options = {}) {
    await this.associate(allocationId, instanceId, options);
    return this.waitEip(allocationId, 'InUse');
  }

  /** Unassociates and waits for Available. */
  async unbind(allocationId, options = {}) {
    await this.unassociate(allocationId, options);
    return this.waitEip(allocationId, 'Available');
  }

  async release(allocationId) {
    return this.acct.release(allocationId, this.regionId);
  }

  /** EIPs of the lab's region whose InstanceId is this target, as Describe lists them. */
  async eipsOn(instanceId) {
    const { body } = await this.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: this.regionId, associatedInstanceId: instanceId, pageSize: 100 }));
    return body.eipAddresses.eipAddress;
  }
}
