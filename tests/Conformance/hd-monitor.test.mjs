// Issue 8: second-level (high-definition) monitoring of an EIP. SetHighDefinitionMonitorLogStatus stores the
// setting per EIP; DescribeHighDefinitionMonitorLogAttribute and DescribeEipAddresses' HDMonitorStatus (ON/OFF,
// the values alicloud_eip_address's schema takes) report it. Through the official SDK and in Terraform's shape.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { useServer, expectError, expectRawError, Vpc, REGION } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE } from './lib/lab.mjs';
import { VPC, rpcPost, rpcSend, describeEip } from './lib/terraform.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
// A data plane that confirms only when the test moves the clock, to catch an EIP in Associating.
const paced = useServer({ env: { ...FAST_COMPUTE, OpenEip__DataPlane__ConfirmDelay: '00:10:00', OpenEip__DataPlane__ResyncInterval: '00:00:00.2' } });

const PROJECT = 'hdmonitor-cn-hangzhou-1658206966225390';
const STORE = 'hdmonitor';

function setRequest(fields) {
  return new Vpc.SetHighDefinitionMonitorLogStatusRequest({ regionId: REGION, instanceType: 'EIP', ...fields });
}

describe('SetHighDefinitionMonitorLogStatus / DescribeHighDefinitionMonitorLogAttribute (official SDK)', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('a new EIP is OFF with no destination', async () => {
    const { allocationId } = await acct.allocate();
    assert.equal((await acct.describeOne(allocationId)).HDMonitorStatus, 'OFF');
    const { body } = await acct.vpc.describeHighDefinitionMonitorLogAttribute(new Vpc.DescribeHighDefinitionMonitorLogAttributeRequest({ regionId: REGION, instanceId: allocationId, instanceType: 'EIP' }));
    assert.equal(body.instanceId, allocationId);
    assert.equal(body.instanceType, 'EIP');
    assert.equal(body.logProject, '');
    assert.equal(body.logStore, '');
  });

  it('Status ON with LogProject and LogStore: Describe shows HDMonitorStatus ON and the attribute call the destination; OFF turns it off and keeps the destination', async () => {
    const { allocationId } = await acct.allocate();
    const { body: set } = await acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'ON', logProject: PROJECT, logStore: STORE }));
    assert.equal(set.success, 'true');
    assert.ok(set.requestId);
    assert.equal((await acct.describeOne(allocationId)).HDMonitorStatus, 'ON');
    const { body } = await acct.vpc.describeHighDefinitionMonitorLogAttribute(new Vpc.DescribeHighDefinitionMonitorLogAttributeRequest({ regionId: REGION, instanceId: allocationId }));
    assert.deepEqual({ ...body, requestId: undefined }, { requestId: undefined, instanceId: allocationId, instanceType: 'EIP', logProject: PROJECT, logStore: STORE, success: 'true' });

    await acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'OFF', logProject: PROJECT, logStore: STORE }));
    assert.equal((await acct.describeOne(allocationId)).HDMonitorStatus, 'OFF');
  });

  it('the setting is per EIP', async () => {
    const [a, b] = [await acct.allocate(), await acct.allocate()];
    await acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: a.allocationId, status: 'ON', logProject: PROJECT, logStore: STORE }));
    assert.equal((await acct.describeOne(a.allocationId)).HDMonitorStatus, 'ON');
    assert.equal((await acct.describeOne(b.allocationId)).HDMonitorStatus, 'OFF');
  });

  it('raw JSON: every field a string, Success "true" as the SDK model types it', async () => {
    const { allocationId } = await acct.allocate();
    const set = await acct.rawV1('SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceId: allocationId, InstanceType: 'EIP', Status: 'ON', LogProject: PROJECT, LogStore: STORE });
    assert.equal(set.status, 200, set.text);
    assert.deepEqual(Object.keys(set.json).sort(), ['RequestId', 'Success']);
    assert.equal(set.json.Success, 'true');
    const got = await acct.rawV1('DescribeHighDefinitionMonitorLogAttribute', { RegionId: REGION, InstanceId: allocationId });
    assert.equal(got.status, 200, got.text);
    for (const f of ['InstanceId', 'InstanceType', 'LogProject', 'LogStore', 'Success']) assert.equal(typeof got.json[f], 'string', `${f}: ${got.text}`);
  });

  it('errors: another account\'s or an unknown EIP is 404 InvalidAllocationId.NotFound; a bad Status or InstanceType 400 InvalidParameter; ON without a destination 400 MissingParameter; names outside Log Service\'s rules 400 InvalidParameter', async () => {
    const { allocationId } = await acct.allocate();
    const stranger = await ctx.harness.createAccount();
    const notFound = { code: 'InvalidAllocationId.NotFound', status: 404 };
    await expectError(stranger.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'ON', logProject: PROJECT, logStore: STORE })), notFound);
    await expectError(stranger.vpc.describeHighDefinitionMonitorLogAttribute(new Vpc.DescribeHighDefinitionMonitorLogAttributeRequest({ regionId: REGION, instanceId: allocationId })), notFound);
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: 'eip-doesnotexist00000000', status: 'OFF' })), notFound);
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'MAYBE', logProject: PROJECT, logStore: STORE })), { code: 'InvalidParameter', status: 400 });
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, instanceType: 'Nat', status: 'OFF' })), { code: 'InvalidParameter', status: 400 });
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'ON', logStore: STORE })), { code: 'MissingParameter', status: 400 });
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId })), { code: 'MissingParameter', status: 400 });
    await expectError(acct.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: allocationId, status: 'ON', logProject: 'Not_A_Project', logStore: STORE })), { code: 'InvalidParameter', status: 400 });
    assert.equal((await acct.describeOne(allocationId)).HDMonitorStatus, 'OFF', 'the refused calls changed nothing');
  });

  it('R-EIP-4: while the EIP is Associating the change is 400 IncorrectEipStatus (Terraform retries it); once InUse it is accepted', async () => {
    const lab = await Lab.create(paced);
    const instance = await lab.instance();
    const eip = await lab.eip();
    await lab.associate(eip, instance);
    assert.equal(await lab.eipStatus(eip), 'Associating');
    await expectError(lab.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: eip, status: 'ON', logProject: PROJECT, logStore: STORE })), { code: 'IncorrectEipStatus', status: 400 });
    await paced.harness.advanceClock(600);
    await lab.waitEip(eip, 'InUse');
    await lab.vpc.setHighDefinitionMonitorLogStatus(setRequest({ instanceId: eip, status: 'ON', logProject: PROJECT, logStore: STORE }));
    assert.equal((await lab.eipView(eip)).HDMonitorStatus, 'ON');
  });
});

describe('HD monitoring as alicloud_eip_address drives it', () => {
  it('create: SetHighDefinitionMonitorLogStatus with InstanceId in the query and RegionId, InstanceType, LogProject, LogStore, Status in the body; Read: DescribeEipAddresses then DescribeHighDefinitionMonitorLogAttribute without InstanceType', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    const set = await rpcPost(acct, VPC, 'SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceType: 'EIP', LogProject: PROJECT, LogStore: STORE, Status: 'ON' }, { InstanceId: allocationId });
    assert.equal(set.Success, 'true');
    const [item] = await describeEip(acct, REGION, allocationId);
    assert.equal(item.HDMonitorStatus, 'ON');
    const attribute = await rpcPost(acct, VPC, 'DescribeHighDefinitionMonitorLogAttribute', {}, { InstanceId: allocationId, RegionId: REGION });
    assert.equal(attribute.InstanceId, allocationId);
    assert.equal(attribute.LogProject, PROJECT);
    assert.equal(attribute.LogStore, STORE);
  });

  it('update: only the changed part is sent (LogStore alone); the status and project are kept', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    await rpcPost(acct, VPC, 'SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceType: 'EIP', LogProject: PROJECT, LogStore: STORE, Status: 'ON' }, { InstanceId: allocationId });
    await rpcPost(acct, VPC, 'SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceType: 'EIP', LogStore: 'hdmonitor_2' }, { InstanceId: allocationId });
    const attribute = await rpcPost(acct, VPC, 'DescribeHighDefinitionMonitorLogAttribute', {}, { InstanceId: allocationId, RegionId: REGION });
    assert.equal(attribute.LogProject, PROJECT);
    assert.equal(attribute.LogStore, 'hdmonitor_2');
    assert.equal((await describeEip(acct, REGION, allocationId))[0].HDMonitorStatus, 'ON');
  });

  it('a ClientToken-free repeat is harmless, and a bad Status is an error with a Code (never retried until timeout)', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    for (let i = 0; i < 2; i++) {
      await rpcPost(acct, VPC, 'SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceType: 'EIP', Status: 'OFF' }, { InstanceId: allocationId });
    }
    const res = await rpcSend(acct, VPC, 'SetHighDefinitionMonitorLogStatus', { RegionId: REGION, InstanceType: 'EIP', Status: 'On?' }, { InstanceId: allocationId });
    expectRawError(res, { code: 'InvalidParameter', status: 400 });
  });
});
