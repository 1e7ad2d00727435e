// The invariant checker of the soak test (soak.test.mjs): reads a tenant's world back through the API (EIPs with
// paging, instances, ENIs, NAT gateway, HaVip, vSwitch) and lists every violation of the association rules, the
// quota, the agreement of both sides of a binding, and of what the acknowledged calls said (a ledger of them per
// EIP). Each check returns a list of violations (strings naming the resources), never throws on a violation, so
// that one run reports all of them.
//
// A tenant, as the soak test builds it: { name, acct, lab, quota, vpcId, vSwitchId, instances: [id],
// instancePrimaryIp: {instanceId: ip}, primaryEniOf: {instanceId: eniId}, enis: {eniId: {primaryIp, ips: [ip],
// instanceId}}, nat, haVip: {id, ip}, clb: {id, address}, freeIpsAtStart }.

import { Vpc } from './harness.mjs';
import { Lab, TRANSITIONAL } from './lab.mjs';

/** Per target type, how many EIPs one target holds at most (R-ECS-2, R-NAT-2, R-HAVIP-3, R-LB-4). */
export const TARGET_LIMITS = { EcsInstance: 1, Nat: 20, HaVip: 1, SlbInstance: 1 };

/** The same lab (same VPC, vSwitch, ids), its clients talking to another server process. */
export function labOn(lab, server) {
  const other = new Lab({ ...lab.ctx, server }, lab.acct.withServer(server), lab.regionId);
  Object.assign(other, { zoneId: lab.zoneId, vpcId: lab.vpcId, vSwitchId: lab.vSwitchId, securityGroupId: lab.securityGroupId });
  return other;
}

/** Every EIP of the lab's account in its region, page by page (pageSize small on purpose: paging is exercised). */
export async function listEips(lab, pageSize = 7) {
  const items = [];
  const problems = [];
  let totalCount;
  for (let page = 1; page <= 100; page++) {
    const { body } = await lab.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: lab.regionId, pageSize, pageNumber: page }));
    totalCount ??= body.totalCount;
    if (body.totalCount !== totalCount) problems.push(`TotalCount changed between pages (${totalCount} then ${body.totalCount}) with nothing running`);
    items.push(...body.eipAddresses.eipAddress);
    if (body.eipAddresses.eipAddress.length < pageSize) break;
  }
  const ids = new Set(items.map((e) => e.allocationId));
  if (ids.size !== items.length) problems.push(`paging listed ${items.length} items for ${ids.size} distinct EIPs`);
  if (items.length !== totalCount) problems.push(`paging listed ${items.length} EIPs, TotalCount says ${totalCount}`);
  return { items, totalCount, problems };
}

/** The private IP an EIP's binding occupies in the tenant's VPC (null for a NAT gateway: it takes vSwitch IPs of its own). */
export function slotOf(tenant, e) {
  switch (e.instanceType) {
    case 'EcsInstance': return tenant.instancePrimaryIp[e.instanceId] ?? `?instance ${e.instanceId}`;
    case 'NetworkInterface': return e.privateIpAddress || (tenant.enis[e.instanceId]?.primaryIp ?? `?eni ${e.instanceId}`);
    case 'HaVip': return tenant.haVip.ip;
    case 'SlbInstance': return tenant.clb.address;
    default: return null;
  }
}

const holding = (e) => e.instanceId && e.status !== 'Unassociating' && e.status !== 'Available';

/**
 * The rules that hold at every instant, checked on one consistent listing of a tenant's EIPs (one page: one
 * read snapshot): the quota, no address twice, the per-target limits (R-ECS-2, R-NAT-2, R-HAVIP-3, R-LB-4,
 * R-BIND-5), one EIP per private IP of the VPC (R-ENI-3, R-ECS-7). An Unassociating EIP has freed its target (R-EIP-9).
 */
export function checkSnapshot(tenant, items, totalCount = items.length) {
  const v = [];
  if (totalCount > tenant.quota) v.push(`${tenant.name}: ${totalCount} EIPs, over its quota of ${tenant.quota} (R-LIFE-9)`);
  const byIp = new Map();
  for (const e of items) {
    if (byIp.has(e.ipAddress)) v.push(`${tenant.name}: address ${e.ipAddress} held by ${byIp.get(e.ipAddress)} and ${e.allocationId}`);
    byIp.set(e.ipAddress, e.allocationId);
  }
  const perTarget = new Map();
  const perSlot = new Map();
  const binded = new Map();
  for (const e of items.filter(holding)) {
    const key = `${e.instanceType} ${e.instanceId}`;
    perTarget.set(key, [...(perTarget.get(key) ?? []), e.allocationId]);
    const slot = slotOf(tenant, e);
    if (slot !== null) perSlot.set(slot, [...(perSlot.get(slot) ?? []), `${e.allocationId} (${key}${e.mode === 'BINDED' ? ' BINDED' : ''})`]);
    if (e.instanceType === 'NetworkInterface' && e.mode === 'BINDED') binded.set(e.instanceId, [...(binded.get(e.instanceId) ?? []), e.allocationId]);
  }
  for (const [key, ids] of perTarget) {
    const limit = TARGET_LIMITS[key.split(' ')[0]];
    if (limit !== undefined && ids.length > limit) v.push(`${tenant.name}: ${key} holds ${ids.length} EIPs (limit ${limit}): ${ids.join(', ')}`);
    const eni = key.startsWith('NetworkInterface ') && tenant.enis[key.split(' ')[1]];
    if (eni && ids.length > eni.ips.length) v.push(`${tenant.name}: ${key} holds ${ids.length} EIPs for ${eni.ips.length} private IPs: ${ids.join(', ')}`);
  }
  for (const [slot, ids] of perSlot) if (ids.length > 1) v.push(`${tenant.name}: private IP ${slot} carries ${ids.length} EIPs: ${ids.join(', ')}`);
  for (const [eni, ids] of binded) if (ids.length > 1) v.push(`${tenant.name}: ENI ${eni} has ${ids.length} BINDED EIPs (R-BIND-5): ${ids.join(', ')}`);
  return v;
}

/** Reads what the tenant's targets say about their EIPs, through `lab` (whichever server it talks to). */
export async function readTargets(tenant, lab) {
  const instances = {};
  for (const id of tenant.instances) instances[id] = await lab.instanceView(id);
  const enis = {};
  for (const id of Object.keys(tenant.enis)) enis[id] = await lab.eniView(id);
  const nat = await lab.natView(tenant.nat);
  const haVip = await lab.haVipView(tenant.haVip.id);
  const freeIps = await lab.availableIps(tenant.vSwitchId);
  return { instances, enis, nat, haVip, freeIps };
}

/**
 * The settled world of one tenant: nothing transitional, the snapshot rules, and both sides of every binding
 * agreeing: the instance's EipAddress, each ENI private IP's AssociatedPublicIp (an ECS binding shows on the
 * primary ENI's primary IP), the NAT gateway's IpLists (each with a vSwitch IP of its own, R-NAT-3: the vSwitch's
 * free count is down by exactly the gateway's EIPs), the HaVip's AssociatedEipAddresses.
 */
export function checkSettled(tenant, items, targets) {
  const v = checkSnapshot(tenant, items);
  for (const e of items) {
    if (TRANSITIONAL.includes(e.status)) v.push(`${tenant.name}: ${e.allocationId} stuck ${e.status} (${e.instanceType} ${e.instanceId})`);
    else if (!['Available', 'InUse'].includes(e.status)) v.push(`${tenant.name}: ${e.allocationId} has status ${e.status}`);
    if (e.status === 'Available' && e.instanceId) v.push(`${tenant.name}: ${e.allocationId} is Available but names ${e.instanceType} ${e.instanceId}`);
    if (e.status === 'InUse' && !e.instanceId) v.push(`${tenant.name}: ${e.allocationId} is InUse with no instance`);
  }
  const bound = items.filter((e) => e.status === 'InUse');
  const on = (type, id) => bound.filter((e) => e.instanceType === type && e.instanceId === id);

  for (const [id, view] of Object.entries(targets.instances)) {
    const want = on('EcsInstance', id)[0];
    if ((view.eipAddress?.allocationId ?? '') !== (want?.allocationId ?? '') || (view.eipAddress?.ipAddress ?? '') !== (want?.ipAddress ?? '')) {
      v.push(`${tenant.name}: instance ${id} says EipAddress ${JSON.stringify(view.eipAddress?.allocationId)}, the EIPs say ${JSON.stringify(want?.allocationId ?? '')}`);
    }
  }

  for (const [id, view] of Object.entries(targets.enis)) {
    const eni = tenant.enis[id];
    for (const set of view.privateIpSets.privateIpSet) {
      const ip = set.privateIpAddress;
      let want = on('NetworkInterface', id).filter((e) => slotOf(tenant, e) === ip);
      if (eni.primaryOf && ip === eni.primaryIp) want = [...want, ...on('EcsInstance', eni.primaryOf)];
      const says = set.associatedPublicIp?.allocationId ?? '';
      if (want.length > 1) continue; // reported by the snapshot check
      if (says !== (want[0]?.allocationId ?? '')) {
        v.push(`${tenant.name}: ENI ${id} private IP ${ip} says ${JSON.stringify(says)}, the EIPs say ${JSON.stringify(want[0]?.allocationId ?? '')}`);
      }
    }
  }

  const natSays = targets.nat.ipLists.ipList;
  const natWant = on('Nat', tenant.nat);
  const sorted = (xs) => [...xs].sort().join(',');
  if (sorted(natSays.map((x) => x.allocationId)) !== sorted(natWant.map((e) => e.allocationId))) {
    v.push(`${tenant.name}: NAT gateway ${tenant.nat} lists ${natSays.length} EIPs [${sorted(natSays.map((x) => x.allocationId))}], the EIPs say ${natWant.length} [${sorted(natWant.map((e) => e.allocationId))}]`);
  }
  const natIps = natSays.map((x) => x.privateIpAddress);
  if (new Set(natIps).size !== natIps.length) v.push(`${tenant.name}: NAT gateway ${tenant.nat} gives one vSwitch IP to two EIPs: ${sorted(natIps)}`);
  const slots = new Set(bound.map((e) => slotOf(tenant, e)).filter((s) => s !== null));
  for (const ip of natIps) if (slots.has(ip)) v.push(`${tenant.name}: NAT gateway ${tenant.nat} took vSwitch IP ${ip}, which another EIP binding occupies`);
  if (targets.freeIps !== tenant.freeIpsAtStart - natSays.length) {
    v.push(`${tenant.name}: vSwitch ${tenant.vSwitchId} has ${targets.freeIps} free IPs; ${tenant.freeIpsAtStart} at the start less ${natSays.length} held by the NAT gateway is ${tenant.freeIpsAtStart - natSays.length} (R-NAT-3)`);
  }

  const haVipSays = targets.haVip.associatedEipAddresses?.associatedEipAddresse ?? [];
  const haVipWant = on('HaVip', tenant.haVip.id).map((e) => e.ipAddress);
  if (sorted(haVipSays) !== sorted(haVipWant)) v.push(`${tenant.name}: HaVip ${tenant.haVip.id} lists [${haVipSays}], the EIPs say [${haVipWant}]`);
  return v;
}

/**
 * What the acknowledged calls said, against the settled EIPs of one tenant. `ledger` maps allocationId → {ip,
 * ops: [{op, target, sentAt, ackedAt}], uncertain} with one entry per effect (a ClientToken's retries and replays
 * are one). An EIP's successful associates and unassociates alternate (R-EIP-2, R-LIFE-1) and a release ends them
 * (R-LIFE-4), so: at most one release; associates minus unassociates is 0 (Available) or 1 (InUse, bound to the
 * target of an associate no other acknowledged associate surely followed); acknowledged and not released: it
 * exists with the address it was given; released: it is gone; and nothing exists that no acknowledged allocation
 * made (`uncertainAllocations` allows for allocations whose outcome the test could not learn).
 */
export function checkLedger(tenant, items, ledger, { uncertainAllocations = 0 } = {}) {
  const v = [];
  const byId = new Map(items.map((e) => [e.allocationId, e]));
  // Known only by other calls naming them (a Describe made them known to the clients), never by an allocation's answer.
  const unallocated = [...ledger].filter(([, entry]) => entry.ip === undefined).map(([id]) => id);
  const orphans = items.filter((e) => !ledger.has(e.allocationId)).map((e) => e.allocationId);
  if (orphans.length + unallocated.length > uncertainAllocations) {
    v.push(`${tenant.name}: ${orphans.length + unallocated.length} EIPs that no acknowledged allocation made (${uncertainAllocations} allocations of unknown outcome): ${[...orphans, ...unallocated].join(', ')}`);
  }
  for (const [id, entry] of ledger) {
    if (entry.ip === undefined) continue;
    const e = byId.get(id);
    const count = (op) => entry.ops.filter((o) => o.op === op).length;
    const releases = count('release');
    if (e && e.ipAddress !== entry.ip) v.push(`${tenant.name}: ${id} was allocated ${entry.ip}, now shows ${e.ipAddress}`);
    if (entry.uncertain) continue;
    const assocs = entry.ops.filter((o) => o.op === 'associate');
    const diff = assocs.length - count('unassociate');
    const history = () => entry.ops.map((o) => `${o.op}${o.target ? ` ${o.target.type} ${o.target.id}` : ''} [${o.sentAt}..${o.ackedAt} ms]`).join('; ');
    if (releases > 1) v.push(`${tenant.name}: ${id} released ${releases} times: ${history()}`);
    if (diff !== 0 && diff !== 1) v.push(`${tenant.name}: ${id} has ${assocs.length} acknowledged associates and ${count('unassociate')} unassociates: ${history()}`);
    if (releases > 0 || count('gone') > 0) {
      if (e) v.push(`${tenant.name}: ${id} acknowledged released, still listed as ${e.status}: ${history()}`);
      if (diff !== 0) v.push(`${tenant.name}: ${id} acknowledged released while bound: ${history()}`);
      continue;
    }
    if (!e) {
      v.push(`${tenant.name}: ${id} acknowledged allocated, never acknowledged released, is gone: ${history()}`);
      continue;
    }
    if (diff === 0 && e.status !== 'Available') v.push(`${tenant.name}: ${id} should be Available (its last acknowledged call unbound it), is ${e.status} on ${e.instanceType} ${e.instanceId}: ${history()}`);
    if (diff === 1) {
      const last = assocs.filter((a) => !assocs.some((b) => b !== a && b.sentAt > a.ackedAt));
      const ok = last.some((a) => a.target.id === e.instanceId && a.target.type === e.instanceType);
      if (e.status !== 'InUse' || !ok) {
        v.push(`${tenant.name}: ${id} should be InUse on ${last.map((a) => `${a.target.type} ${a.target.id}`).join(' or ')}, is ${e.status} ${e.instanceType} ${e.instanceId}: ${history()}`);
      }
    }
  }
  return v;
}

/** Describe item fields that every server must report alike. */
export const essentials = (items) => items
  .map((e) => [e.allocationId, e.ipAddress, e.status, e.instanceType, e.instanceId, e.mode, e.privateIpAddress].join(' '))
  .sort();
