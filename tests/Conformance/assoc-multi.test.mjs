// ENIs in multi-EIP-to-ENI mode, Mode=MULTI_BINDED (R-MULTI-1 … R-MULTI-7), following the seed's
// "Multi-EIP-to-ENI モード": closed to new users (a privilege), secondary ENIs only, at most ten EIPs,
// some regions and some instance families only. The labs live in cn-shanghai, which offers the mode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc } from './lib/harness.mjs';
import { Lab, Ecs, FAST_COMPUTE, regionIds } from './lib/lab.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const REGION = 'cn-shanghai';
const MULTI = { instanceType: 'NetworkInterface', mode: 'MULTI_BINDED' };

/** R-MULTI-5 and R-MULTI-6: the seed's lists. */
const MULTI_REGIONS = ['cn-shenzhen', 'cn-shanghai', 'cn-beijing', 'cn-zhangjiakou', 'cn-chengdu', 'ap-southeast-1', 'eu-central-1', 'us-east-1', 'eu-west-1'];
const MULTI_FAMILIES = [
  'ecs.d1ne', 'ecs.ebmc4', 'ecs.ebmg5', 'ecs.ebmhfg5', 'ecs.f1', 'ecs.gn5i', 'ecs.gn6v', 'ecs.i2', 'ecs.r1', 'ecs.re4', 'ecs.re4e',
  'ecs.sccg5', 'ecs.sccgn6', 'ecs.scch5', 'ecs.g5', 'ecs.c5', 'ecs.r5', 'ecs.t5', 'ecs.sn2ne', 'ecs.se1ne', 'ecs.sn1ne',
];

const privileged = (options = {}) => Lab.create(ctx, { regionId: REGION, multiBinded: true, ...options });

describe('ENIs in MULTI_BINDED mode (R-MULTI)', () => {
  it('R-MULTI-4: only accounts granted the privilege may use MULTI_BINDED: others get 403 Forbidden.MultiBindedNotAuthorized', async () => {
    const lab = await Lab.create(ctx, { regionId: REGION });
    const eni = await lab.eni();
    const [e1, e2] = await lab.eips(2);
    await expectError(lab.associate(e1, eni, MULTI), { code: 'Forbidden.MultiBindedNotAuthorized', status: 403 });
    assert.equal(await lab.eipStatus(e1), 'Available');
    await ctx.harness.setQuota(lab.acct.accountId, 'eip-multi-binded-privilege', 1);
    assert.equal((await lab.bind(e1, eni, MULTI)).mode, 'MULTI_BINDED');
    await ctx.harness.setQuota(lab.acct.accountId, 'eip-multi-binded-privilege', 0);
    await expectError(lab.associate(e2, eni, MULTI), { code: 'Forbidden.MultiBindedNotAuthorized', status: 403 });
    // Nor can an EIP be switched into the mode without the privilege.
    const natEni = await lab.eni();
    await lab.bind(e2, natEni, { instanceType: 'NetworkInterface', mode: 'NAT' });
    await expectError(lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: e2, mode: 'MULTI_BINDED' })),
      { code: 'Forbidden.MultiBindedNotAuthorized', status: 403 });
    assert.equal((await lab.eipView(e2)).mode, 'NAT');
  });

  it('R-MULTI-1: MULTI_BINDED on a primary ENI is 400 OperationDenied.PrimaryNetworkInterface', async () => {
    const lab = await privileged();
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const primaryEni = await lab.primaryEniId(instance);
    const eip = await lab.eip();
    await expectError(lab.associate(eip, primaryEni, MULTI), { code: 'OperationDenied.PrimaryNetworkInterface', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
  });

  it('R-MULTI-2: at most 10 EIPs per secondary ENI: the 11th is 400 QuotaExceeded.EipPerNetworkInterface; unbinding one makes room', async () => {
    const lab = await privileged({ eipQuota: 30 });
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni({ attachTo: instance });
    const eips = await lab.eips(11);
    for (const id of eips.slice(0, 10)) await lab.associate(id, eni, MULTI);
    await expectError(lab.associate(eips[10], eni, MULTI), { code: 'QuotaExceeded.EipPerNetworkInterface', status: 400 });
    assert.equal(await lab.eipStatus(eips[10]), 'Available');
    for (const id of eips.slice(0, 10)) await lab.waitEip(id, 'InUse');
    assert.equal((await lab.eipsOn(eni)).length, 10);
    await lab.unassociate(eips[0]);
    await lab.bind(eips[10], eni, MULTI);
  });

  it('R-MULTI-2: a MULTI_BINDED batch past 10 EIPs is 400 QuotaExceeded.EipPerNetworkInterface and binds none', async () => {
    const lab = await privileged({ eipQuota: 30 });
    const eni = await lab.eni();
    const eips = await lab.eips(11);
    await expectError(lab.batch(eips, eni, 'NetworkInterface', { mode: 'MULTI_BINDED' }), { code: 'QuotaExceeded.EipPerNetworkInterface', status: 400 });
    for (const id of eips) assert.equal(await lab.eipStatus(id), 'Available');
    await lab.batch(eips.slice(0, 10), eni, 'NetworkInterface', { mode: 'MULTI_BINDED' });
    for (const id of eips.slice(0, 10)) assert.equal((await lab.waitEip(id, 'InUse')).mode, 'MULTI_BINDED');
  });

  it('R-MULTI-3: both the ENI\'s private IPs and its EIPs stay usable: private traffic stays on, the private IPs stay listed, every EIP is InUse on the ENI', async () => {
    const lab = await privileged();
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni({ secondaryIps: 2, attachTo: instance });
    const before = await lab.privateIps(eni);
    const eips = await lab.eips(3);
    const items = [];
    for (const id of eips) items.push(await lab.bind(id, eni, MULTI));
    assert.ok(items.every((e) => e.instanceId === eni && e.instanceType === 'NetworkInterface' && e.mode === 'MULTI_BINDED'));
    assert.ok(items.every((e) => e.privateIpAddress === ''), 'bound without PrivateIpAddress: none shown (issue 8)');
    const raw = await lab.eniRaw(eni);
    assert.equal(raw.PrivateTrafficEnabled, true);
    assert.deepEqual(await lab.privateIps(eni), before);
    assert.equal((await lab.eniView(eni)).status, 'InUse');
  });

  it('R-MULTI-5: MULTI_BINDED works only in the seed\'s 9 regions; elsewhere it is 400 InvalidRegion.NotSupport', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'eip-multi-binded-privilege', 1);
    const all = await regionIds(acct);
    for (const r of MULTI_REGIONS) assert.ok(all.includes(r), `${r} is offered`);
    const outcomes = await Promise.all(all.map(async (regionId) => {
      const lab = await Lab.create(ctx, { acct, regionId });
      const eni = await lab.eni();
      const eip = await lab.eip();
      try {
        await lab.associate(eip, eni, MULTI);
        return { regionId, result: 'bound' };
      } catch (err) {
        return { regionId, result: `${err.code} ${err.statusCode}` };
      }
    }));
    assert.deepEqual(outcomes, all.map((regionId) => ({ regionId, result: MULTI_REGIONS.includes(regionId) ? 'bound' : 'InvalidRegion.NotSupport 400' })));
  });

  it('R-MULTI-6: MULTI_BINDED works only on ENIs of instances of the seed\'s 21 families; others are 400 OperationDenied.InstanceTypeNotSupported', async () => {
    const lab = await privileged({ eipQuota: 200 });
    const { body } = await lab.ecs.describeInstanceTypes(new Ecs.DescribeInstanceTypesRequest({}));
    const typeOf = {};
    for (const t of body.instanceTypes.instanceType) {
      if (!typeOf[t.instanceTypeFamily] && t.eniQuantity >= 2) typeOf[t.instanceTypeFamily] = t.instanceTypeId;
    }
    for (const f of MULTI_FAMILIES) assert.ok(typeOf[f], `the catalogue offers a type of ${f} with a secondary ENI`);
    const outcomes = await Promise.all(Object.entries(typeOf).map(async ([family, instanceType]) => {
      const instance = await lab.instance({ instanceType });
      const eni = await lab.eni({ attachTo: instance });
      const eip = await lab.eip();
      try {
        await lab.associate(eip, eni, MULTI);
        return { family, result: 'bound' };
      } catch (err) {
        return { family, result: `${err.code} ${err.statusCode}` };
      }
    }));
    const expected = Object.keys(typeOf).map((family) => ({ family, result: MULTI_FAMILIES.includes(family) ? 'bound' : 'OperationDenied.InstanceTypeNotSupported 400' }));
    assert.deepEqual(outcomes, expected);
    assert.ok(expected.some((o) => o.result !== 'bound'), 'some offered family lacks the mode');
  });

  it('R-MULTI-6: an ENI with MULTI_BINDED EIPs cannot be attached to an instance of another family: 400 OperationDenied.InstanceTypeNotSupported', async () => {
    const lab = await privileged();
    const g7 = await lab.instance({ instanceType: 'ecs.g7.large' });
    const c5 = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni();
    const eip = await lab.eip();
    await lab.bind(eip, eni, MULTI);
    await expectError(lab.attach(eni, g7), { code: 'OperationDenied.InstanceTypeNotSupported', status: 400 });
    assert.equal((await lab.eniView(eni)).status, 'Available');
    await lab.attach(eni, c5);
    assert.equal((await lab.eipView(eip)).status, 'InUse');
  });

  it('R-MULTI-7: a multi-EIP binding is recorded as Mode MULTI_BINDED (no NAT); ModifyEipForwardMode moves an ENI\'s EIP between NAT and MULTI_BINDED', async () => {
    const lab = await privileged();
    const instance = await lab.instance({ instanceType: 'ecs.c5.large' });
    const eni = await lab.eni({ attachTo: instance });
    const eip = await lab.eip();
    await lab.bind(eip, eni, { instanceType: 'NetworkInterface', mode: 'NAT' });
    const modify = (mode) => lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode }));
    await modify('MULTI_BINDED');
    const multi = await lab.waitEip(eip, (e) => e.status === 'InUse' && e.mode === 'MULTI_BINDED');
    assert.equal(multi.instanceId, eni);
    await modify('NAT');
    await lab.waitEip(eip, (e) => e.status === 'InUse' && e.mode === 'NAT');
  });
});
