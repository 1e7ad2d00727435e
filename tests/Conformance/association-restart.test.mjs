// Spec and status survive a crash (issue 4, part 2): an association or unassociation acknowledged just
// before the server is killed is neither lost nor left half-done; the restarted server's reconciler finds
// the pending change in the store and finishes it.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Account, Harness, Vpc, REGION } from './lib/harness.mjs';
import { Ecs, ecsClient, until } from './lib/lab.mjs';
import { startServer } from './lib/server.mjs';

const FAST = { OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0' };
// Long enough that the change is still pending when the server is killed.
const SLOW_CONFIRM = { ...FAST, OpenEip__DataPlane__ConfirmDelay: '00:01:00' };
const QUICK_CONFIRM = { ...FAST, OpenEip__DataPlane__ConfirmDelay: '00:00:00' };

let server;
after(() => server?.stop());

async function restart(env) {
  const { dataDir, operator } = server;
  await server.stop({ crash: true, keepData: true });
  server = await startServer({ env, dataDir, operator });
}

function clients(acct) {
  const account = new Account(server, acct);
  return { account, ecs: ecsClient(server, acct) };
}

describe('crash and restart', () => {
  it('R-EIP-9: an Associating or Unassociating EIP finishes after the server is killed and restarted', async () => {
    server = await startServer({ env: SLOW_CONFIRM });
    const created = await new Harness(server).createAccount();
    const credentials = { accountId: created.accountId, accessKeyId: created.accessKeyId, accessKeySecret: created.accessKeySecret, name: created.name };
    let { account, ecs } = clients(credentials);
    const { vpcId } = (await account.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
    const vSwitchId = (await account.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;
    const securityGroupId = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId }))).body.securityGroupId;
    const instanceId = (await ecs.runInstances(new Ecs.RunInstancesRequest({
      regionId: REGION, instanceType: 'ecs.g7.large', imageId: 'aliyun_3_x64', vSwitchId, securityGroupId, amount: 1,
    }))).body.instanceIdSets.instanceIdSet[0];
    const eip = await account.allocate();

    await account.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId, instanceId }));
    assert.equal((await account.describeOne(eip.allocationId)).status, 'Associating');

    await restart(QUICK_CONFIRM);
    ({ account, ecs } = clients(credentials));
    const bound = await until('InUse after the restart', () => account.describeOne(eip.allocationId), (e) => e.status === 'InUse', 15_000);
    assert.equal(bound.instanceId, instanceId, 'the acknowledged binding survived the crash');

    await restart(SLOW_CONFIRM);
    ({ account, ecs } = clients(credentials));
    await account.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId }));
    assert.equal((await account.describeOne(eip.allocationId)).status, 'Unassociating');

    await restart(QUICK_CONFIRM);
    ({ account, ecs } = clients(credentials));
    const unbound = await until('Available after the restart', () => account.describeOne(eip.allocationId), (e) => e.status === 'Available', 15_000);
    assert.equal(unbound.instanceId, '');
    const instance = (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }))).body.instances.instance[0];
    assert.equal(instance.eipAddress.allocationId, '');
  });
});
