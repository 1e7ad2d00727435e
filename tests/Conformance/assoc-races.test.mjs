// Races: many clients binding at once must leave exactly the outcome the rules allow, with every loser
// getting a documented 4xx (never a 5xx), and no EIP stuck in a transitional state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, vpcClient } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE, TRANSITIONAL, settle, assertOnlyErrors, until } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });

/** A fresh SDK client per call, so that the calls really arrive in parallel on separate connections. */
const clientOf = (lab) => vpcClient(ctx.server, lab.acct.cred);

describe('races', () => {
  it('R-ECS-2: 50 parallel clients binding 50 EIPs to one instance: exactly one wins; the others are 400 InvalidAssociation.Duplicated or IncorrectEipStatus', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 60 });
    const instance = await lab.instance();
    const eips = await lab.eips(50);
    const { results, errors } = await settle(eips.map((id) => lab.associate(id, instance, { client: clientOf(lab) })));
    assertOnlyErrors(errors, { 'InvalidAssociation.Duplicated': 400, IncorrectEipStatus: 400 });
    const winners = eips.filter((_, i) => results[i].status === 'fulfilled');
    assert.equal(winners.length, 1, `one winner, got ${winners.length}`);
    await lab.waitEip(winners[0], 'InUse');
    assert.deepEqual((await lab.eipsOn(instance)).map((e) => e.allocationId), winners);
    assert.equal((await lab.instanceView(instance)).eipAddress.allocationId, winners[0]);
    for (const id of eips.filter((e) => e !== winners[0])) assert.equal(await lab.eipStatus(id), 'Available');
  });

  it('R-NAT-2: 30 EIPs racing onto one NAT gateway: exactly 20 win, the others are 400 QuotaExceeded.EipsPerNatGateway; the gateway took exactly 20 vSwitch IPs (R-NAT-3)', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 40 });
    const nat = await lab.nat();
    const freeBefore = await lab.availableIps();
    const eips = await lab.eips(30);
    const { ok, errors } = await settle(eips.map((id) => lab.associate(id, nat, { instanceType: 'Nat', client: clientOf(lab) })));
    assertOnlyErrors(errors, { 'QuotaExceeded.EipsPerNatGateway': 400 });
    assert.equal(ok.length, 20);
    assert.equal((await lab.natView(nat)).ipLists.ipList.length, 20);
    assert.equal(await lab.availableIps(), freeBefore - 20);
    const statuses = [];
    for (const id of eips) statuses.push((await lab.waitEip(id, (e) => !TRANSITIONAL.includes(e.status))).status);
    assert.equal(statuses.filter((s) => s === 'InUse').length, 20);
    assert.equal(statuses.filter((s) => s === 'Available').length, 10);
  });

  it('R-EIP-5: two clients binding one EIP to two different targets at once: exactly one wins, the other is 400 IncorrectEipStatus (ECS/ECS, ECS/NAT, ENI/HaVip, CLB/ECS)', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const [a, b] = await lab.launch({ amount: 2 });
    const targets = {
      a: [a, 'EcsInstance'], b: [b, 'EcsInstance'], nat: [await lab.nat(), 'Nat'], eni: [await lab.eni(), 'NetworkInterface'],
      haVip: [await lab.haVip(), 'HaVip'], clb: [(await lab.clb()).LoadBalancerId, 'SlbInstance'],
    };
    for (const [left, right] of [['a', 'b'], ['a', 'nat'], ['eni', 'haVip'], ['clb', 'b'], ['b', 'a']]) {
      const eip = await lab.eip();
      const pair = [targets[left], targets[right]];
      const { results, errors } = await settle(pair.map(([id, instanceType]) => lab.associate(eip, id, { instanceType, client: clientOf(lab) })));
      assertOnlyErrors(errors, { IncorrectEipStatus: 400 });
      const won = pair.filter((_, i) => results[i].status === 'fulfilled');
      assert.equal(won.length, 1, `${left}/${right}: one winner`);
      const item = await lab.waitEip(eip, 'InUse');
      assert.equal(item.instanceId, won[0][0]);
      assert.equal(item.instanceType, won[0][1]);
      const lost = pair.find((p) => p !== won[0]);
      assert.deepEqual((await lab.eipsOn(lost[0])).map((e) => e.allocationId), [], `${lost[0]} got nothing`);
      await lab.unbind(eip);
      await lab.release(eip);
    }
  });

  it('R-MULTI-2: 15 EIPs racing MULTI_BINDED onto one ENI: exactly 10 win, the others are 400 QuotaExceeded.EipPerNetworkInterface', async () => {
    const lab = await Lab.create(ctx, { regionId: 'cn-shanghai', multiBinded: true, eipQuota: 30 });
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni({ attachTo: instance });
    const eips = await lab.eips(15);
    const { ok, errors } = await settle(eips.map((id) => lab.associate(id, eni, { instanceType: 'NetworkInterface', mode: 'MULTI_BINDED', client: clientOf(lab) })));
    assertOnlyErrors(errors, { 'QuotaExceeded.EipPerNetworkInterface': 400 });
    assert.equal(ok.length, 10);
    await until('ten InUse', async () => (await lab.eipsOn(eni)).filter((e) => e.status === 'InUse').length, (n) => n === 10);
    assert.equal((await lab.eipsOn(eni)).length, 10);
  });

  it('R-ENI-3: 10 EIPs racing in NAT mode for one private IP: one wins, the others are 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const eni = await lab.eni({ secondaryIps: 1 });
    const { secondary } = await lab.privateIps(eni);
    const eips = await lab.eips(10);
    const { ok, errors } = await settle(eips.map((id) => lab.associate(id, eni, { instanceType: 'NetworkInterface', mode: 'NAT', privateIpAddress: secondary[0], client: clientOf(lab) })));
    assertOnlyErrors(errors, { 'InvalidAssociation.Duplicated': 400 });
    assert.equal(ok.length, 1);
    const onIp = await until('one InUse', () => lab.eipsOn(eni), (list) => list.length === 1 && list[0].status === 'InUse');
    assert.equal(onIp[0].privateIpAddress, secondary[0]);
    assert.equal((await lab.eipsByPrivateIp(eni))[secondary[0]], onIp[0].ipAddress);
  });

  it('R-ECS-7: ECS binds and ENI binds racing for an instance\'s primary private IP: one wins, the others are 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 30 });
    const instance = await lab.instance();
    const primaryEni = await lab.primaryEniId(instance);
    const eips = await lab.eips(10);
    const { ok, errors } = await settle(eips.map((id, i) => (i % 2
      ? lab.associate(id, instance, { client: clientOf(lab) })
      : lab.associate(id, primaryEni, { instanceType: 'NetworkInterface', client: clientOf(lab) }))));
    assertOnlyErrors(errors, { 'InvalidAssociation.Duplicated': 400 });
    assert.equal(ok.length, 1);
    const bound = [];
    for (const id of eips) {
      const item = await lab.waitEip(id, (e) => !TRANSITIONAL.includes(e.status));
      if (item.status === 'InUse') bound.push(item);
    }
    assert.equal(bound.length, 1);
    const primarySet = (await lab.eniView(primaryEni)).privateIpSets.privateIpSet.find((s) => s.primary);
    assert.equal(primarySet.associatedPublicIp.allocationId, bound[0].allocationId, 'the winner holds the primary private IP');
  });

  it('R-EIP-4: parallel associate/unassociate/release of the same EIPs, 8 rounds: every response is a legal one, and every EIP settles (Available, InUse or released), never stuck in Associating/Unassociating', async () => {
    const lab = await Lab.create(ctx, { eipQuota: 100, havip: true });
    const [a, b] = await lab.launch({ amount: 2 });
    const nat = await lab.nat();
    const eni = await lab.eni();
    const targets = [[a, 'EcsInstance'], [b, 'EcsInstance'], [nat, 'Nat'], [eni, 'NetworkInterface']];
    const allowed = { IncorrectEipStatus: 400, 'InvalidAssociation.Duplicated': 400, 'InvalidAllocationId.NotFound': 404 };
    let eips = await lab.eips(3);
    for (let round = 0; round < 8; round++) {
      const calls = [];
      for (const [k, eip] of eips.entries()) {
        const client = clientOf(lab);
        for (const [id, instanceType] of targets) calls.push(lab.associate(eip, id, { instanceType, client }));
        calls.push(lab.unassociate(eip, { client }), lab.unassociate(eip, { client: clientOf(lab) }));
        if ((round + k) % 3 === 2) calls.push(lab.release(eip));
      }
      const { errors } = await settle(calls);
      assertOnlyErrors(errors, allowed);

      const settled = [];
      for (const eip of eips) {
        const item = await until(`EIP ${eip} settles (round ${round})`, () => lab.eipView(eip), (e) => e === undefined || !TRANSITIONAL.includes(e.status));
        assert.ok(item === undefined || ['Available', 'InUse'].includes(item.status), JSON.stringify(item));
        settled.push(item);
      }
      // The targets' own limits held: one EIP per instance, one per private IP.
      for (const [id] of [[a], [b], [eni]]) assert.ok((await lab.eipsOn(id)).length <= 1, `${id} has at most one EIP`);
      for (const id of [a, b]) {
        const onIt = settled.find((e) => e?.instanceId === id);
        assert.equal((await lab.instanceView(id)).eipAddress.allocationId, onIt?.allocationId ?? '', `${id}'s own view agrees`);
      }
      // Released EIPs are replaced so that every round races three live EIPs.
      eips = await Promise.all(eips.map(async (eip, i) => (settled[i] === undefined ? lab.eip() : eip)));
    }
  });
});
