// ModifyEipAddressAttribute (name, description, bandwidth ranges) and subscription (PrePaid) EIPs.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectError, MINUTES_TIME_RE } from './lib/harness.mjs';

const ctx = useServer();

const PREPAID = { instanceChargeType: 'PrePaid', pricingCycle: 'Month', period: 1, autoPay: true };

describe('ModifyEipAddressAttribute', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('Name, Description and Bandwidth changes are visible in DescribeEipAddresses', async () => {
    const { allocationId } = await acct.allocate();
    const r = await acct.modify({ allocationId, name: 'web-1', description: 'front door', bandwidth: '42' });
    assert.ok(r.requestId);
    const item = await acct.describeOne(allocationId);
    assert.equal(item.name, 'web-1');
    assert.equal(item.description, 'front door');
    assert.equal(item.bandwidth, '42');
    // A later change of one attribute leaves the others alone.
    await acct.modify({ allocationId, bandwidth: '7' });
    const again = await acct.describeOne(allocationId);
    assert.equal(again.name, 'web-1');
    assert.equal(again.description, 'front door');
    assert.equal(again.bandwidth, '7');
  });

  it('PostPaid + PayByBandwidth bandwidth is 1–500 Mbit/s: 1 and 500 accepted, 0 and 501 are 400 InvalidParameter naming Bandwidth', async () => {
    const { allocationId } = await acct.allocate({ internetChargeType: 'PayByBandwidth' });
    await acct.modify({ allocationId, bandwidth: '500' });
    await acct.modify({ allocationId, bandwidth: '1' });
    for (const bandwidth of ['0', '501']) {
      const err = await expectError(acct.modify({ allocationId, bandwidth }), { code: 'InvalidParameter', status: 400 });
      assert.match(err.data.Message, /Bandwidth/, `Bandwidth=${bandwidth}`);
    }
    assert.equal((await acct.describeOne(allocationId)).bandwidth, '1', 'a rejected change leaves the bandwidth as it was');
  });

  it('PostPaid + PayByTraffic bandwidth is 1–200 Mbit/s: 200 accepted, 201 is 400 InvalidParameter naming Bandwidth', async () => {
    const { allocationId } = await acct.allocate({ internetChargeType: 'PayByTraffic' });
    await acct.modify({ allocationId, bandwidth: '200' });
    const err = await expectError(acct.modify({ allocationId, bandwidth: '201' }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /Bandwidth/);
  });

  it('PrePaid bandwidth is 1–1000 Mbit/s: 1000 accepted, 1001 is 400 InvalidParameter naming Bandwidth', async () => {
    const { allocationId } = await acct.allocate(PREPAID);
    await acct.modify({ allocationId, bandwidth: '1000' });
    assert.equal((await acct.describeOne(allocationId)).bandwidth, '1000');
    const err = await expectError(acct.modify({ allocationId, bandwidth: '1001' }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /Bandwidth/);
  });

  it('AllocateEipAddress applies the same bandwidth ranges (PayByTraffic 201 and PayByBandwidth 501 are InvalidParameter)', async () => {
    let err = await expectError(acct.allocate({ internetChargeType: 'PayByTraffic', bandwidth: '201' }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /Bandwidth/);
    err = await expectError(acct.allocate({ bandwidth: '501' }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /Bandwidth/);
    const ok = await acct.allocate({ internetChargeType: 'PayByTraffic', bandwidth: '200' });
    assert.equal((await acct.describeOne(ok.allocationId)).bandwidth, '200');
  });

  it('Name or Description starting with http:// or https:// is 400 InvalidParameter', async () => {
    const { allocationId } = await acct.allocate();
    for (const fields of [{ name: 'http://x' }, { name: 'https://x' }, { description: 'http://x' }, { description: 'https://x' }]) {
      await expectError(acct.modify({ allocationId, ...fields }), { code: 'InvalidParameter', status: 400 });
    }
    await expectError(acct.allocate({ name: 'http://evil' }), { code: 'InvalidParameter', status: 400 });
  });

  it('Name of 128 characters is accepted; 129 characters is 400 InvalidParameter naming Name', async () => {
    const { allocationId } = await acct.allocate();
    await acct.modify({ allocationId, name: 'n'.repeat(128) });
    assert.equal((await acct.describeOne(allocationId)).name, 'n'.repeat(128));
    const err = await expectError(acct.modify({ allocationId, name: 'n'.repeat(129) }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /Name/);
  });

  it('modifying an unknown allocation id is 404 InvalidAllocationId.NotFound', async () => {
    await expectError(acct.modify({ allocationId: 'eip-00000000000000000000', name: 'x' }), { code: 'InvalidAllocationId.NotFound', status: 404 });
  });
});

describe('subscription (PrePaid) EIPs', () => {
  let acct;
  before(async () => {
    acct = await ctx.harness.createAccount();
  });

  it('PrePaid without PricingCycle is 400 MissingParameter naming PricingCycle', async () => {
    const err = await expectError(acct.allocate({ instanceChargeType: 'PrePaid', period: 1, autoPay: true }), { code: 'MissingParameter', status: 400 });
    assert.match(err.data.Message, /PricingCycle/);
  });

  it('PrePaid without Period is 400 MissingParameter naming Period', async () => {
    const err = await expectError(acct.allocate({ instanceChargeType: 'PrePaid', pricingCycle: 'Month', autoPay: true }), { code: 'MissingParameter', status: 400 });
    assert.match(err.data.Message, /Period/);
  });

  it('PrePaid with PayByTraffic is 400 InvalidParameter (subscription needs PayByBandwidth)', async () => {
    await expectError(acct.allocate({ ...PREPAID, internetChargeType: 'PayByTraffic' }), { code: 'InvalidParameter', status: 400 });
    await expectError(acct.allocatePro({ ...PREPAID, internetChargeType: 'PayByTraffic' }), { code: 'InvalidParameter', status: 400 });
  });

  it('a PrePaid EIP is listed with ChargeType PrePaid and ExpiredTime YYYY-MM-DDThh:mmZ in the future', async () => {
    const { allocationId } = await acct.allocate(PREPAID);
    const item = await acct.describeOne(allocationId);
    assert.equal(item.chargeType, 'PrePaid');
    assert.equal(item.internetChargeType, 'PayByBandwidth');
    assert.match(item.expiredTime ?? '', MINUTES_TIME_RE);
    assert.ok(Date.parse(item.expiredTime) > Date.now(), `ExpiredTime ${item.expiredTime} must be in the future`);
    const pro = await acct.allocatePro({ ...PREPAID, pricingCycle: 'Year' });
    const proItem = await acct.describeOne(pro.allocationId);
    assert.equal(proItem.chargeType, 'PrePaid');
    assert.match(proItem.expiredTime ?? '', MINUTES_TIME_RE);
    assert.ok(Date.parse(proItem.expiredTime) - Date.now() > 300 * 86_400_000, 'a 1-year subscription expires in about a year');
  });

  it('R-LIFE-3 releasing a PrePaid EIP is 400 Forbidden.ChargeTypeIsPrepaid and it stays listed', async () => {
    const { allocationId } = await acct.allocate(PREPAID);
    await expectError(acct.release(allocationId), { code: 'Forbidden.ChargeTypeIsPrepaid', status: 400 });
    assert.ok(await acct.describeOne(allocationId), 'still there');
  });
});
