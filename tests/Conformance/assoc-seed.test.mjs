// The seed (shared/seeds/000_d7b85a625ee64052.txt) end to end in one VPC: every way of binding an EIP it
// describes, side by side, in the order of its sections; then every binding undone. The rule-by-rule
// tests live in the other assoc-*.test.mjs files; this one checks that the bindings coexist and that
// DescribeEipAddresses and each resource's own Describe agree at every step. cn-shanghai offers both
// ENI cut-through modes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const operator = (action, params) => ctx.harness.operator.request(action, params, { method: 'POST' });

describe('the seed, end to end', () => {
  it('R-ECS-5 R-ECS-6 R-ENI-5 R-ENI-6 R-ENI-7 R-BIND-3 R-BIND-9 R-MULTI-2 R-NAT-2 R-NAT-3 R-LB-1 R-LB-3 R-HAVIP-5 R-LIFE-1: one VPC with every kind of binding, described consistently, then all unbound', async () => {
    const lab = await Lab.create(ctx, { regionId: 'cn-shanghai', eipQuota: 60, havip: true, multiBinded: true });
    const bound = new Map(); // allocationId → [instanceId, instanceType, mode]
    const expectBound = (id, target, instanceType, mode = 'NAT') => bound.set(id, [target, instanceType, mode]);

    // ECS インスタンスとの関連付け: one EIP, NAT mode, on the primary private IP; changed by unbinding first.
    const web = await lab.instance({ instanceType: 'ecs.c5.large' });
    const [first, second] = await lab.eips(2);
    await lab.bind(first, web);
    await expectError(lab.associate(second, web), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await lab.unassociate(first);
    await lab.bind(second, web);
    expectBound(second, web, 'EcsInstance');

    // 複数 EIP: several secondary ENIs (own security groups), and several private IPs of one ENI (a batch).
    const app = await lab.instance({ instanceType: 'ecs.g7.large' });
    const eniA = await lab.eni({ securityGroupId: await lab.securityGroup('a'), attachTo: app });
    const eniB = await lab.eni({ securityGroupId: await lab.securityGroup('b'), secondaryIps: 2, attachTo: app });
    const [onA, ...onB] = await lab.eips(4);
    await lab.bind(onA, eniA, { instanceType: 'NetworkInterface', mode: 'NAT' });
    expectBound(onA, eniA, 'NetworkInterface');
    await lab.batch(onB, eniB, 'NetworkInterface');
    for (const id of onB) expectBound(id, eniB, 'NetworkInterface');

    // カットスルーモード: a public secondary CIDR, an ENI in it, bind, then attach.
    await lab.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: lab.regionId, vpcId: lab.vpcId, secondaryCidrBlock: '47.100.8.0/24' }));
    const publicEni = await lab.eni({ vSwitchId: await lab.vSwitch('47.100.8.0/26') });
    const visible = await lab.eip();
    await lab.bind(visible, publicEni, { instanceType: 'NetworkInterface', mode: 'BINDED' });
    await lab.attach(publicEni, web);
    expectBound(visible, publicEni, 'NetworkInterface', 'BINDED');

    // Multi-EIP-to-ENI: ten EIPs on a secondary ENI of a c5 instance.
    const multiEni = await lab.eni({ attachTo: (await lab.instance({ instanceType: 'ecs.c5.large' })) });
    const multi = await lab.eips(10);
    await lab.batch(multi, multiEni, 'NetworkInterface', { mode: 'MULTI_BINDED' });
    for (const id of multi) expectBound(id, multiEni, 'NetworkInterface', 'MULTI_BINDED');

    // NAT ゲートウェイ: a new gateway takes a vSwitch IP per EIP; an old one does not.
    const [newNat, oldNat] = [await lab.nat(), await lab.nat()];
    await operator('SetNatGatewayCreationTime', { NatGatewayId: oldNat, CreationTime: '2021-01-01T00:00:00Z' });
    const freeBefore = await lab.availableIps();
    const natEips = await lab.eips(4);
    await lab.batch(natEips.slice(0, 2), newNat, 'Nat');
    await lab.batch(natEips.slice(2), oldNat, 'Nat');
    for (const id of natEips.slice(0, 2)) expectBound(id, newNat, 'Nat');
    for (const id of natEips.slice(2)) expectBound(id, oldNat, 'Nat');
    for (const id of natEips) await lab.waitEip(id, 'InUse');
    assert.equal(await lab.availableIps(), freeBefore - 2);

    // ロードバランサー: a CLB takes one; an NLB is refused.
    const clb = (await lab.clb()).LoadBalancerId;
    const [clbEip, nlbEip] = await lab.eips(2);
    await lab.bind(clbEip, clb, { instanceType: 'SlbInstance' });
    expectBound(clbEip, clb, 'SlbInstance');
    await expectError(lab.associate(nlbEip, await lab.nlbLoadBalancer(), { instanceType: 'SlbInstance' }), { code: 'InvalidInstanceType.ValueNotSupported', status: 400 });

    // HaVip: the EIP follows the HaVip when the master changes.
    const [m1, m2] = await lab.launch({ amount: 2 });
    const haVip = await lab.haVip();
    await lab.haVipMember(haVip, m1);
    await lab.haVipMember(haVip, m2);
    const haEip = await lab.eip();
    await lab.bind(haEip, haVip, { instanceType: 'HaVip' });
    expectBound(haEip, haVip, 'HaVip');
    await operator('SetHaVipMaster', { HaVipId: haVip, InstanceId: m2 });
    assert.equal((await lab.haVipView(haVip)).masterInstanceId, m2);

    // Everything is described consistently, from the EIP side and from each resource's side.
    const { body } = await lab.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: lab.regionId, pageSize: 100 }));
    const listed = Object.fromEntries(body.eipAddresses.eipAddress.map((e) => [e.allocationId, e]));
    for (const [id, [target, instanceType, mode]] of bound) {
      const e = listed[id];
      assert.deepEqual([e.status, e.instanceId, e.instanceType, e.mode], ['InUse', target, instanceType, mode], id);
    }
    assert.equal(listed[first].status, 'Available');
    assert.equal((await lab.instanceView(web)).eipAddress.allocationId, second);
    assert.equal((await lab.eniView(eniA)).associatedPublicIp.allocationId, onA);
    const byIp = await lab.eipsByPrivateIp(eniB);
    assert.deepEqual(Object.values(byIp).sort(), onB.map((id) => listed[id].ipAddress).sort());
    assert.equal((await lab.eniView(publicEni)).associatedPublicIp.allocationId, visible);
    assert.equal((await lab.eniRaw(publicEni)).PrivateTrafficEnabled, false);
    assert.deepEqual((await lab.natView(newNat)).ipLists.ipList.map((i) => i.allocationId).sort(), natEips.slice(0, 2).sort());
    assert.deepEqual((await lab.natView(oldNat)).ipLists.ipList.map((i) => i.allocationId).sort(), natEips.slice(2).sort());
    assert.deepEqual((await lab.haVipView(haVip)).associatedEipAddresses.associatedEipAddresse, [listed[haEip].ipAddress]);

    // クラウドリソースの関連付け解除: every binding undone (without Force), everything Available again.
    const freeWhileBound = await lab.availableIps();
    for (const [id, [target, instanceType]] of bound) await lab.unassociate(id, { instanceId: target, instanceType });
    for (const id of bound.keys()) await lab.waitEip(id, 'Available');
    assert.equal(await lab.availableIps(), freeWhileBound + 2, 'the new gateway gave back its two vSwitch IPs');
    assert.equal((await lab.eniRaw(publicEni)).PrivateTrafficEnabled, true);
    assert.equal((await lab.instanceView(web)).eipAddress.allocationId, '');
    assert.deepEqual((await lab.haVipView(haVip)).associatedEipAddresses.associatedEipAddresse, []);
  });
});
