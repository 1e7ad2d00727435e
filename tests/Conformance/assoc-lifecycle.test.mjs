// Unassociation and release (R-LIFE-1, R-LIFE-3, R-LIFE-4), following the seed's "クラウドリソースの関連付け
// 解除": unbind needs the EIP InUse and, if named, the bound resource; a subscription EIP is not released
// with ReleaseEipAddress; only an Available, unprotected EIP is released.
// R-LIFE-6 … R-LIFE-9 (recovery and the pay-as-you-go quota) are covered by recovery.test.mjs and
// quota-pool.test.mjs, whose test names carry those ids.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const PREPAID = { instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true, internetChargeType: 'PayByBandwidth' };

describe('unassociation and release (R-LIFE)', () => {
  it('R-LIFE-1: UnassociateEipAddress needs the EIP InUse (400 IncorrectEipStatus) and, when InstanceId/InstanceType are given, the bound instance (404 InvalidInstanceId.NotFound, issue 8), when PrivateIpAddress is given, its IP (400 InvalidBindingStatus)', async () => {
    const lab = await Lab.create(ctx);
    const [a, b] = await lab.launch({ amount: 2 });
    const nat = await lab.nat();
    const eip = await lab.eip();
    await expectError(lab.unassociate(eip), { code: 'IncorrectEipStatus', status: 400 });
    await expectError(lab.unassociate(eip, { instanceId: a }), { code: 'IncorrectEipStatus', status: 400 });
    const bound = await lab.bind(eip, a);
    // Issue 8: naming another instance is Alibaba's documented InvalidInstanceId.NotFound (Terraform does not retry
    // it), not InvalidBindingStatus as rules.md R-LIFE-1 had it.
    const otherInstance = { code: 'InvalidInstanceId.NotFound', status: 404 };
    await expectError(lab.unassociate(eip, { instanceId: b }), otherInstance);
    await expectError(lab.unassociate(eip, { instanceId: nat, instanceType: 'Nat' }), otherInstance);
    await expectError(lab.unassociate(eip, { instanceId: a, instanceType: 'NetworkInterface' }), otherInstance);
    await expectError(lab.unassociate(eip, { instanceId: a, privateIpAddress: '10.0.1.250' }), { code: 'InvalidBindingStatus', status: 400 });
    assert.deepEqual(await lab.eipView(eip), bound, 'the refused calls changed nothing');
    const { primary } = await lab.privateIps(await lab.primaryEniId(a));
    await lab.unassociate(eip, { instanceId: a, instanceType: 'EcsInstance', privateIpAddress: primary });
    await lab.waitEip(eip, 'Available');
    assert.equal((await lab.instanceView(a)).eipAddress.allocationId, '');
  });

  it('R-LIFE-1: unbinding without Force works for every kind of target (NAT gateway without SNAT entries included)', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const targets = [
      [await lab.instance(), 'EcsInstance'],
      [await lab.eni(), 'NetworkInterface'],
      [await lab.nat(), 'Nat'],
      [(await lab.clb()).LoadBalancerId, 'SlbInstance'],
      [await lab.haVip(), 'HaVip'],
    ];
    const eips = await lab.eips(targets.length);
    for (const [i, [id, instanceType]] of targets.entries()) await lab.bind(eips[i], id, { instanceType });
    for (const [i, [id, instanceType]] of targets.entries()) {
      await lab.unassociate(eips[i], { instanceId: id, instanceType, force: false });
      const item = await lab.waitEip(eips[i], 'Available');
      assert.equal(item.instanceId, '', `${instanceType} unbound`);
    }
  });


  it('R-LIFE-3: a subscription (PrePaid) EIP binds and unbinds like any other, but ReleaseEipAddress is 400 Forbidden.ChargeTypeIsPrepaid', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eip = await lab.eip(PREPAID);
    const bound = await lab.bind(eip, instance);
    assert.equal(bound.chargeType, 'PrePaid');
    await expectError(lab.release(eip), { code: 'Forbidden.ChargeTypeIsPrepaid', status: 400 });
    await lab.unbind(eip);
    await expectError(lab.release(eip), { code: 'Forbidden.ChargeTypeIsPrepaid', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available', 'still listed');
  });

  it('R-LIFE-4: only an Available EIP is released (InUse: 400 IncorrectEipStatus); deletion protection blocks release (400 InvalidOperation.DeletionProtection)', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eip = await lab.eip();
    const bound = await lab.bind(eip, instance);
    await expectError(lab.release(eip), { code: 'IncorrectEipStatus', status: 400 });
    assert.deepEqual(await lab.eipView(eip), bound);
    await lab.unbind(eip);
    await lab.acct.deletionProtection(eip, true);
    await expectError(lab.release(eip), { code: 'InvalidOperation.DeletionProtection', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
    await lab.acct.deletionProtection(eip, false);
    await lab.release(eip);
    assert.equal(await lab.eipView(eip), undefined);
    await expectError(lab.associate(eip, instance), { code: 'InvalidAllocationId.NotFound', status: 404 });
  });

});
