// The data-plane agent as its own process (issue 9): a server with OpenEip:DataPlane:Driver=agent confirms
// nothing itself; the agent (here with its `none` driver, which programs nothing) pulls the changes through
// the operator API and reports them, so bindings reach InUse and unbindings Available — and only for the
// regions it owns.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, REGION, Vpc } from './lib/harness.mjs';
import { Lab, until } from './lib/lab.mjs';
import { startAgent } from './lib/agent.mjs';

const ctx = useServer({ env: { OpenEip__DataPlane__Driver: 'agent', OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0' } });

describe('an agent following the server', () => {
  let agent;
  let lab;
  before(async () => {
    lab = await Lab.create(ctx);
    agent = startAgent(ctx.server, { regions: [REGION] });
  });
  after(async () => {
    await agent?.stop();
  });

  it('associate reaches InUse and unassociate Available through the agent', async () => {
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip, instanceId: instance }));
    await until('the agent confirms the binding', () => lab.eipView(eip), (v) => v.status === 'InUse', 20_000);
    await lab.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId: eip, instanceId: instance }));
    await until('the agent confirms the unbinding', () => lab.eipView(eip), (v) => v.status === 'Available', 20_000);
  });

  it('a region the agent does not own stays Associating', async () => {
    const other = await Lab.create(ctx, { regionId: 'cn-shanghai' });
    const instance = await other.instance();
    const eip = await other.eip();
    await other.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: 'cn-shanghai', allocationId: eip, instanceId: instance }));
    // The agent confirms its own region's changes in the same passes; one made after this one settles first.
    const mine = await lab.eip();
    const target = await lab.instance();
    await lab.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: mine, instanceId: target }));
    await until('the owned region settles', () => lab.eipView(mine), (v) => v.status === 'InUse', 20_000);
    assert.equal((await other.eipView(eip)).status, 'Associating');
  });
});
