// The audit trail (issue 8): every mutating call is recorded with account, AccessKeyId, action,
// parameters (secrets masked), result code, RequestId, source address and time; the operator reads it
// with DescribeAuditEvents (Version 2026-11-25) by AccountId, ResourceId, EventAction and time range,
// paged; reads are not recorded; events older than the retention are pruned.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, REGION, OPERATOR_VERSION, expectError, popClient } from './lib/harness.mjs';
import { until, ecsClient, Ecs } from './lib/lab.mjs';

const ctx = useServer({ env: { OpenEip__Audit__RetentionDays: '30', OpenEip__Audit__FlushInterval: '00:00:00.050' } });

const events = (params = {}) => ctx.harness.operator.request('DescribeAuditEvents', params, { method: 'POST' });
const eventsOf = async (params) => (await events({ PageSize: '100', ...params })).AuditEvents.AuditEvent;

describe('DescribeAuditEvents', () => {
  let acct;
  let allocation;
  let started;
  before(async () => {
    started = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    acct = await ctx.harness.createAccount();
    allocation = await acct.allocate({ name: 'audited' });
  });

  it('a successful mutating call is recorded with who, what, from where, and its RequestId, in the same transaction as its effect', async () => {
    const [event] = await eventsOf({ AccountId: acct.accountId, EventAction: 'AllocateEipAddress' });
    assert.ok(event, 'the allocation is in the trail as soon as it returned');
    assert.equal(event.AccountId, acct.accountId);
    assert.equal(event.AccessKeyId, acct.accessKeyId);
    assert.equal(event.EventAction, 'AllocateEipAddress');
    assert.equal(event.ApiVersion, '2016-04-28');
    assert.equal(event.EventRequestId, allocation.requestId);
    assert.equal(event.SourceIpAddress, '127.0.0.1');
    assert.equal(event.ErrorCode, '');
    assert.equal(event.RequestParameters.RegionId, REGION);
    assert.equal(event.RequestParameters.Name, 'audited');
    assert.ok(!('Signature' in event.RequestParameters) && !('SignatureNonce' in event.RequestParameters), 'protocol parameters are not kept');
    assert.ok(event.ResourceIds.ResourceId.includes(allocation.allocationId), 'the new EIP is a resource of the event');
    assert.match(event.EventTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('failed calls are recorded with their error code, whether refused by the store or before it', async () => {
    await expectError(acct.release('eip-doesnotexist000000'), { code: 'InvalidAllocationId.NotFound' });
    await expectError(acct.modify({ allocationId: allocation.allocationId, bandwidth: 'abc' }), { code: 'InvalidParameter' });
    const release = await until('the refused release is recorded', () => eventsOf({ AccountId: acct.accountId, EventAction: 'ReleaseEipAddress' }), (e) => e.length === 1);
    assert.equal(release[0].ErrorCode, 'InvalidAllocationId.NotFound');
    assert.ok(release[0].ErrorMessage.length > 0);
    const modify = await until('the refused modify is recorded', () => eventsOf({ AccountId: acct.accountId, EventAction: 'ModifyEipAddressAttribute' }), (e) => e.length === 1);
    assert.equal(modify[0].ErrorCode, 'InvalidParameter');
  });

  it('reads are not recorded', async () => {
    await acct.describe();
    await until('earlier events are flushed', () => eventsOf({ AccountId: acct.accountId }), (e) => e.length >= 3);
    const all = await eventsOf({ AccountId: acct.accountId });
    assert.ok(all.every((e) => !e.EventAction.startsWith('Describe')), all.map((e) => e.EventAction).join(', '));
  });

  it('ResourceId finds every call that named or created a resource; EventAction and the time range filter', async () => {
    await acct.modify({ allocationId: allocation.allocationId, name: 'renamed' });
    const byResource = await eventsOf({ ResourceId: allocation.allocationId });
    assert.deepEqual(byResource.map((e) => e.EventAction).sort(), ['AllocateEipAddress', 'ModifyEipAddressAttribute', 'ModifyEipAddressAttribute'].sort());
    const later = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    assert.equal((await events({ AccountId: acct.accountId, StartTime: later })).TotalCount, 0);
    assert.ok((await events({ AccountId: acct.accountId, StartTime: started, EndTime: later })).TotalCount >= 4);
    await expectError(ctx.harness.operator.request('DescribeAuditEvents', { StartTime: 'yesterday' }, { method: 'POST' }), { code: 'InvalidParameter' });
  });

  it('secret-bearing parameters are masked (an instance Password)', async () => {
    const ecs = ecsClient(ctx.server, acct.cred);
    await expectError(ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: REGION, instanceType: 'ecs.g7.large', password: 'Sup3r-Secret!', vSwitchId: 'vsw-nothere' })), { status: 404 });
    const [run] = await until('the RunInstances call is recorded', () => eventsOf({ AccountId: acct.accountId, EventAction: 'RunInstances' }), (e) => e.length === 1);
    assert.equal(run.RequestParameters.Password, '******');
    assert.ok(!JSON.stringify(run).includes('Sup3r-Secret!'));
  });

  it('operator calls are recorded too, and pages are newest first without overlap', async () => {
    for (let i = 0; i < 3; i++) await ctx.harness.createAccount();
    const first = await events({ EventAction: 'CreateAccount', PageSize: '2', PageNumber: '1' });
    const second = await events({ EventAction: 'CreateAccount', PageSize: '2', PageNumber: '2' });
    assert.ok(first.TotalCount >= 4);
    assert.equal(first.AuditEvents.AuditEvent.length, 2);
    const ids = [...first.AuditEvents.AuditEvent, ...second.AuditEvents.AuditEvent].map((e) => e.EventId);
    assert.equal(new Set(ids).size, ids.length);
    const times = [...first.AuditEvents.AuditEvent, ...second.AuditEvents.AuditEvent].map((e) => e.EventTime);
    assert.deepEqual([...times].sort().reverse(), times);
    assert.ok(first.AuditEvents.AuditEvent.every((e) => e.AccountId !== acct.accountId));
  });

  it('a tenant cannot read the trail (Forbidden.NotOperator), and the attempt is not an event', async () => {
    const tenant = popClient(ctx.server, acct.cred, { apiVersion: OPERATOR_VERSION });
    await expectError(tenant.request('DescribeAuditEvents', {}, { method: 'POST' }), { code: 'Forbidden.NotOperator', status: 403 });
  });

  it('events older than the retention (30 days here) are pruned', async () => {
    await ctx.harness.advanceClock(31 * 86_400);
    await acct.describe(); // the journal prunes when it next runs
    await until('old events are pruned', () => events({ AccountId: acct.accountId }), (r) => r.TotalCount === 0, 15_000);
  });
});
