// The operator API a data-plane agent runs on (issue 9), with OpenEip:DataPlane:Driver=agent: the server
// programs nothing itself, so a binding stays Associating until an agent reports that it carries it. The
// agent pulls pending EIPs (long-polling), reads their desired state, and reports applied generations.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, REGION, OPERATOR_VERSION, Vpc, popClient, expectError } from './lib/harness.mjs';
import { Lab } from './lib/lab.mjs';

const ctx = useServer({ env: { OpenEip__DataPlane__Driver: 'agent', OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0' } });

const op = (action, params = {}) => ctx.harness.operator.request(action, params, { method: 'POST' });

describe('the agent API', () => {
  let lab;
  let instance;
  before(async () => {
    lab = await Lab.create(ctx);
    instance = await lab.instance();
  });

  it('a binding stays Associating until an agent reports it applied; the agent sees it pending and reads its desired state', async () => {
    const eip = await lab.eip();
    await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip, instanceId: instance }));
    assert.equal((await lab.eipView(eip)).status, 'Associating');

    const pending = await op('DescribePendingEips', { 'RegionId.1': REGION });
    const item = pending.PendingEips.PendingEip.find((p) => p.AllocationId === eip);
    assert.ok(item, JSON.stringify(pending));
    assert.equal(typeof item.Generation, 'number');

    const { State } = await op('DescribeDataPlaneState', { Scope: 'Eips', 'AllocationId.1': eip });
    const desired = State.Eips[0];
    assert.equal(desired.AllocationId, eip);
    assert.equal(desired.Delivery, 'Nat');
    assert.equal(desired.VpcId, lab.vpcId);
    assert.equal(desired.PrivateIp, (await lab.privateIps(await lab.primaryEniId(instance))).primary);
    assert.equal(desired.Unbinding, false);

    await op('ReportDataPlaneApplied', { 'Applied.1.AllocationId': eip, 'Applied.1.Generation': String(desired.Generation) });
    assert.equal((await lab.eipView(eip)).status, 'InUse');
    assert.ok(!(await op('DescribePendingEips')).PendingEips.PendingEip.some((p) => p.AllocationId === eip));
  });

  it('a report of an older generation changes nothing (a newer change waits for its own report)', async () => {
    const eip = await lab.eip();
    const other = await lab.instance();
    await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip, instanceId: other }));
    const { State } = await op('DescribeDataPlaneState', { Scope: 'Eips', 'AllocationId.1': eip });
    await op('ReportDataPlaneApplied', { 'Applied.1.AllocationId': eip, 'Applied.1.Generation': String(State.Eips[0].Generation - 1) });
    assert.equal((await lab.eipView(eip)).status, 'Associating');
  });

  it('WaitMilliseconds holds the call until a change is made, then answers it', async () => {
    const eip = await lab.eip();
    const target = await lab.instance();
    const drained = (await op('DescribePendingEips')).PendingEips.PendingEip;
    for (const p of drained) await op('ReportDataPlaneApplied', { 'Applied.1.AllocationId': p.AllocationId, 'Applied.1.Generation': String(p.Generation) });

    const waiting = op('DescribePendingEips', { WaitMilliseconds: '15000' });
    await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip, instanceId: target }));
    const woken = await waiting;
    assert.ok(woken.PendingEips.PendingEip.some((p) => p.AllocationId === eip), JSON.stringify(woken));
  });

  it('Full and Networks scopes carry the VPC with its hosts; RegionId.N limits them', async () => {
    const { State } = await op('DescribeDataPlaneState', { Scope: 'Full' });
    const vpc = State.Vpcs.find((v) => v.VpcId === lab.vpcId);
    assert.ok(vpc, 'the lab VPC is in the full state');
    assert.ok(vpc.Hosts.some((h) => h.Namespace === instance && h.Kind === 'Instance'));
    assert.ok(State.Pools.some((p) => p.RegionId === REGION && p.Cidrs.length > 0));
    const elsewhere = (await op('DescribeDataPlaneState', { Scope: 'Networks', 'RegionId.1': 'cn-beijing' })).State;
    assert.ok(!elsewhere.Vpcs.some((v) => v.VpcId === lab.vpcId));
    assert.deepEqual(elsewhere.Eips, []);
  });

  it('bad input is an Alibaba error, and tenants cannot use these actions', async () => {
    await expectError(op('DescribeDataPlaneState', { Scope: 'Everything' }), { code: 'InvalidParameter', status: 400 });
    await expectError(op('DescribeDataPlaneState', { Scope: 'Eips' }), { code: 'MissingParameter', status: 400 });
    await expectError(op('DescribePendingEips', { 'RegionId.1': 'nowhere-1' }), { code: 'InvalidRegionId.NotFound' });
    await expectError(op('ReportDataPlaneApplied', { 'Applied.1.AllocationId': 'eip-x' }), { code: 'MissingParameter' });
    const tenant = popClient(ctx.server, lab.acct.cred, { apiVersion: OPERATOR_VERSION });
    await expectError(tenant.request('DescribePendingEips', {}, { method: 'POST' }), { code: 'Forbidden.NotOperator', status: 403 });
    assert.equal((await lab.eipView(await lab.eip())).status, 'Available');
  });
});
