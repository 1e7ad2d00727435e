// HaVips through the official VPC and ECS SDKs (issue 3): privilege and quota as operator settings
// (R-HAVIP-1, R-HAVIP-2), members of the HaVip's own vSwitch, at most ten, a master (R-HAVIP-5).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { useServer, expectError, OpenApi, Vpc, REGION } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const ctx = useServer({ env: { OpenEip__Compute__PendingSeconds: '0', OpenEip__Compute__StartingSeconds: '0', OpenEip__Compute__EniAttachSeconds: '0' } });

async function lab({ privileged = true } = {}) {
  const acct = await ctx.harness.createAccount();
  if (privileged) await ctx.harness.setQuota(acct.accountId, 'havip-privilege', 1);
  const ecs = new Ecs.default(new OpenApi.$OpenApiUtil.Config({ accessKeyId: acct.accessKeyId, accessKeySecret: acct.accessKeySecret, endpoint: ctx.server.endpoint, protocol: 'http', regionId: REGION }));
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vsw = async (cidrBlock) => (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock }))).body.vSwitchId;
  const vSwitchId = await vsw('10.0.1.0/24');
  const otherVSwitchId = await vsw('10.0.2.0/24');
  const securityGroupId = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId }))).body.securityGroupId;
  return { acct, ecs, vpcId, vSwitchId, otherVSwitchId, securityGroupId };
}

const createHaVip = (acct, vSwitchId, ipAddress) => acct.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId, ipAddress }));
const associate = (acct, haVipId, instanceId, instanceType = 'EcsInstance') =>
  acct.vpc.associateHaVip(new Vpc.AssociateHaVipRequest({ regionId: REGION, haVipId, instanceId, instanceType }));
const describeOne = async (acct, haVipId) =>
  (await acct.vpc.describeHaVips(new Vpc.DescribeHaVipsRequest({ regionId: REGION, filter: [new Vpc.DescribeHaVipsRequestFilter({ key: 'HaVipId', value: [haVipId] })] }))).body.haVips.haVip[0];

describe('HaVips', () => {
  it('R-HAVIP-1 creating a HaVip needs the privilege the operator grants; R-HAVIP-2 the per-account quota holds', async () => {
    const { acct, vSwitchId } = await lab({ privileged: false });
    await expectError(createHaVip(acct, vSwitchId), { code: 'Forbidden.HaVipNotAuthorized', status: 403 });
    await ctx.harness.setQuota(acct.accountId, 'havip-privilege', 1);
    await ctx.harness.setQuota(acct.accountId, 'havip-per-account', 1);
    const { body } = await createHaVip(acct, vSwitchId, '10.0.1.100');
    assert.match(body.haVipId, /^havip-[a-z0-9]{20}$/);
    assert.equal(body.ipAddress, '10.0.1.100');
    await expectError(createHaVip(acct, vSwitchId), { code: 'QuotaExceeded.HaVip', status: 400 });
  });

  it('R-HAVIP-5 two instances of its vSwitch share the HaVip; the first is master; the master leaving hands over', async () => {
    const { acct, ecs, vSwitchId, otherVSwitchId, securityGroupId } = await lab();
    const run = async (vsw) => (await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.g7.large', vSwitchId: vsw, securityGroupId }))).body.instanceIdSets.instanceIdSet[0];
    const [a, b, stranger] = [await run(vSwitchId), await run(vSwitchId), await run(otherVSwitchId)];
    const haVipId = (await createHaVip(acct, vSwitchId)).body.haVipId;
    assert.equal((await describeOne(acct, haVipId)).status, 'Available');
    await associate(acct, haVipId, a);
    await associate(acct, haVipId, b);
    await expectError(associate(acct, haVipId, stranger), { code: 'InvalidVSwitchId.Mismatch', status: 400 });
    await expectError(associate(acct, haVipId, a), { code: 'InvalidAssociation.Duplicated', status: 400 });
    const shared = await describeOne(acct, haVipId);
    assert.equal(shared.status, 'InUse');
    assert.equal(shared.masterInstanceId, a);
    assert.deepEqual(shared.associatedInstances.associatedInstance, [a, b]);
    assert.deepEqual(shared.associatedEipAddresses.associatedEipAddresse, []);
    assert.equal(shared.associatedInstanceType, 'EcsInstance');

    await expectError(acct.vpc.deleteHaVip(new Vpc.DeleteHaVipRequest({ regionId: REGION, haVipId })), { code: 'DependencyViolation.HaVip', status: 400 });
    const memberErr = await expectError(ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: a, force: true })), { code: 'DependencyViolation.HaVip', status: 400 });
    assert.match(memberErr.data.Message, new RegExp(haVipId));
    await acct.vpc.unassociateHaVip(new Vpc.UnassociateHaVipRequest({ regionId: REGION, haVipId, instanceId: a }));
    assert.equal((await describeOne(acct, haVipId)).masterInstanceId, b);
    await acct.vpc.unassociateHaVip(new Vpc.UnassociateHaVipRequest({ regionId: REGION, haVipId, instanceId: b }));
    await acct.vpc.deleteHaVip(new Vpc.DeleteHaVipRequest({ regionId: REGION, haVipId }));
  });

  it('R-HAVIP-5 at most ten members (ENIs here)', async () => {
    const { acct, ecs, vSwitchId, securityGroupId } = await lab();
    const haVipId = (await createHaVip(acct, vSwitchId)).body.haVipId;
    for (let i = 0; i < 11; i++) {
      const eni = (await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId, securityGroupId }))).body.networkInterfaceId;
      if (i < 10) await associate(acct, haVipId, eni, 'NetworkInterface');
      else await expectError(associate(acct, haVipId, eni, 'NetworkInterface'), { code: 'QuotaExceeded.HaVipInstances', status: 400 });
    }
    const filtered = await acct.vpc.describeHaVips(new Vpc.DescribeHaVipsRequest({ regionId: REGION, filter: [new Vpc.DescribeHaVipsRequestFilter({ key: 'Status', value: ['InUse'] })] }));
    assert.deepEqual(filtered.body.haVips.haVip.map((h) => h.haVipId), [haVipId]);
    assert.equal(filtered.body.haVips.haVip[0].associatedInstances.associatedInstance.length, 10);
  });
});
