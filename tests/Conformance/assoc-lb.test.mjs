// Load balancers (R-LB-1 … R-LB-4), following the seed's "ロードバランサーとの関連付け": ALB and NLB are not
// bound from the EIP API (they get system EIPs by being Internet-facing); a CLB takes one EIP when it is
// an intranet CLB in a VPC.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError } from './lib/harness.mjs';
import { Lab, Alb, albClient, FAST_COMPUTE } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const SLB = { instanceType: 'SlbInstance' };

describe('load balancers (R-LB)', () => {
  it('R-LB-1: an ALB or NLB cannot be bound from the EIP API: 400 InvalidInstanceType.ValueNotSupported, whatever InstanceType is given', async () => {
    const lab = await Lab.create(ctx);
    const albId = await lab.albLoadBalancer('Intranet');
    const nlbId = await lab.nlbLoadBalancer('Intranet');
    assert.match(albId, /^alb-/);
    assert.match(nlbId, /^nlb-/);
    const eip = await lab.eip();
    for (const id of [albId, nlbId]) {
      for (const instanceType of ['SlbInstance', 'EcsInstance', 'NetworkInterface', undefined]) {
        await expectError(lab.associate(eip, id, { instanceType }), { code: 'InvalidInstanceType.ValueNotSupported', status: 400 });
      }
    }
    assert.equal(await lab.eipStatus(eip), 'Available');
  });

  it('R-LB-2: an ALB/NLB gets one system EIP per zone by being Internet-facing; the owner can neither unassociate nor release them; going Intranet releases them', async () => {
    const lab = await Lab.create(ctx);
    const alb = albClient(ctx.server, lab.acct.cred, lab.regionId);
    const albId = await lab.albLoadBalancer('Internet');
    const nlbId = await lab.nlbLoadBalancer('Intranet');
    assert.deepEqual(await lab.eipsOn(nlbId), []);
    await lab.nlb.request('UpdateLoadBalancerAddressTypeConfig', { LoadBalancerId: nlbId, AddressType: 'Internet' }, { method: 'POST' });
    for (const id of [albId, nlbId]) {
      const eips = await lab.eipsOn(id);
      assert.equal(eips.length, 2, `${id}: one EIP per zone mapping`);
      for (const e of eips) {
        assert.equal(e.status, 'InUse');
        assert.equal(e.serviceManaged, 1);
        assert.equal(e.instanceId, id);
        await expectError(lab.unassociate(e.allocationId), { code: 'IncorrectEipStatus', status: 400 });
        await expectError(lab.release(e.allocationId), { code: 'IncorrectEipStatus', status: 400 });
      }
    }
    const albEips = (await lab.eipsOn(albId)).map((e) => e.allocationId);
    await alb.updateLoadBalancerAddressTypeConfig(new Alb.UpdateLoadBalancerAddressTypeConfigRequest({ loadBalancerId: albId, addressType: 'Intranet' }));
    await lab.nlb.request('UpdateLoadBalancerAddressTypeConfig', { LoadBalancerId: nlbId, AddressType: 'Intranet' }, { method: 'POST' });
    assert.deepEqual(await lab.eipsOn(albId), []);
    assert.deepEqual(await lab.eipsOn(nlbId), []);
    for (const id of albEips) assert.equal(await lab.eipView(id), undefined, `${id} was released`);
  });

  it('R-LB-3: an intranet CLB in a VPC takes an EIP (InstanceType=SlbInstance); an internet CLB is 400 OperationDenied; a CLB with an EIP cannot be deleted', async () => {
    const lab = await Lab.create(ctx);
    const intranet = await lab.clb('intranet');
    const internet = await lab.clb('internet');
    const [e1, e2] = await lab.eips(2);
    await expectError(lab.associate(e1, internet.LoadBalancerId, SLB), { code: 'OperationDenied', status: 400 });
    assert.equal(await lab.eipStatus(e1), 'Available');
    const item = await lab.bind(e2, intranet.LoadBalancerId, SLB);
    assert.equal(item.instanceType, 'SlbInstance');
    assert.equal(item.instanceId, intranet.LoadBalancerId);
    assert.equal(item.mode, 'NAT');
    assert.equal(item.privateIpAddress, '', 'the EIP maps to the CLB\'s address, which DescribeEipAddresses does not repeat (issue 8)');
    const err = await expectError(lab.slb.request('DeleteLoadBalancer', { LoadBalancerId: intranet.LoadBalancerId }, { method: 'POST' }),
      { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(e2));
    await lab.unbind(e2);
    await lab.slb.request('DeleteLoadBalancer', { LoadBalancerId: intranet.LoadBalancerId }, { method: 'POST' });
  });

  it('R-LB-4: a CLB has at most one EIP: a second is 400 InvalidAssociation.Duplicated', async () => {
    const lab = await Lab.create(ctx);
    const clb = (await lab.clb('intranet')).LoadBalancerId;
    const [e1, e2] = await lab.eips(2);
    await lab.associate(e1, clb, SLB);
    await expectError(lab.associate(e2, clb, SLB), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await lab.waitEip(e1, 'InUse');
    await expectError(lab.associate(e2, clb, SLB), { code: 'InvalidAssociation.Duplicated', status: 400 });
    assert.equal(await lab.eipStatus(e2), 'Available');
    assert.deepEqual((await lab.eipsOn(clb)).map((e) => e.allocationId), [e1]);
  });
});
