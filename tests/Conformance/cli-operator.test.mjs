// The operator's commands of the openeip CLI (issue 13): account, key, quota, privilege, overdue, pool,
// idle-fees and audit, run as processes with the operator's profile, their -o json output checked against
// the server (through the CLI with the tenant's key and through the official SDKs); a tenant running them
// gets Forbidden.NotOperator; bad usage exits 2 before any call. Also the operator action the pool command
// needs, DescribeAddressPools, through pop-core. The server's clock is moved with AdvanceClock, never waited on.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { useServer, popClient, expectError, Vpc, Account, REGION, OPERATOR_VERSION, IPV4_RE, SECONDS_TIME_RE, inCidr } from './lib/harness.mjs';
import { cliUser, runCli, assertApiError, assertNoStackTrace } from './lib/cli.mjs';

/** A region with a tiny pool of its own, so that its counts are exact. */
const POOL_REGION = 'cn-shanghai';
const POOL_CIDR = '198.51.100.0/29';
const ctx = useServer({
  env: {
    [`OpenEip__AddressPools__${POOL_REGION}__0`]: POOL_CIDR,
    OpenEip__Billing__SuggestReleaseAfter: '02:00:00',
    OpenEip__Audit__FlushInterval: '00:00:00.050',
  },
});

let op; // the operator's CLI user (a profile with the operator's key)
let tenant; // an Account (SDK clients) and its CLI user
let tenantCli;

/** An operator action through pop-core, its answer as plain objects (pop-core's have no prototype). */
const operatorApi = async (action, params = {}) => JSON.parse(JSON.stringify(await ctx.harness.operator.request(action, params, { method: 'POST' })));

/** Runs the CLI as some account without a profile: the OPENEIP_* variables alone. */
function runAs(account, args, region = REGION) {
  return runCli(args, {
    home: op.home,
    env: {
      OPENEIP_ENDPOINT: ctx.server.baseUrl,
      OPENEIP_ACCESS_KEY_ID: account.accessKeyId,
      OPENEIP_ACCESS_KEY_SECRET: account.accessKeySecret,
      OPENEIP_REGION: region,
    },
  });
}

async function jsonAs(account, args, region) {
  const r = await runAs(account, [...args, '-o', 'json'], region);
  assert.equal(r.code, 0, `openeip ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.json();
}

/** Asserts a usage error: exit 2, a message, nothing on stdout. */
function assertUsage(r, pattern) {
  assert.equal(r.code, 2, `expected exit 2 (usage), got ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, pattern);
  assertNoStackTrace(r);
}

/** The server's clock, as a UTC time to the second (AdvanceClock moves it away from this computer's). */
async function serverNow() {
  return (await ctx.harness.advanceClock(0)).Now.replace(/\.\d+Z$/, 'Z');
}

describe('openeip: the operator\'s commands', () => {
  before(async () => {
    op = await cliUser();
    await op.configure(ctx.server, ctx.server.operator);
    tenant = await ctx.harness.createAccount();
    tenantCli = await cliUser();
    await tenantCli.configure(ctx.server, tenant.cred);
  });

  describe('DescribeAddressPools (operator API)', () => {
    const pools = async (params = {}) => operatorApi('DescribeAddressPools', params);

    it("lists every region's configured ranges and pool use, numbers as numbers", async () => {
      const body = await pools();
      assert.equal(typeof body.RequestId, 'string');
      const list = body.AddressPools.AddressPool;
      assert.ok(Array.isArray(list) && list.length > 1, JSON.stringify(body).slice(0, 500));
      assert.equal(body.TotalCount, list.length);
      assert.deepEqual(list.map((p) => p.RegionId), list.map((p) => p.RegionId).slice().sort(), 'ordered by region id');
      for (const p of list) {
        assert.deepEqual(Object.keys(p).sort(), ['Cidrs', 'FreeIpCount', 'HeldIpCount', 'RecoverableIpCount', 'RegionId', 'TotalIpCount']);
        assert.ok(Array.isArray(p.Cidrs.Cidr) && p.Cidrs.Cidr.length >= 1);
        for (const n of [p.TotalIpCount, p.HeldIpCount, p.FreeIpCount, p.RecoverableIpCount]) assert.ok(Number.isInteger(n) && n >= 0, JSON.stringify(p));
        assert.equal(p.FreeIpCount, p.TotalIpCount - p.HeldIpCount);
        assert.ok(p.RecoverableIpCount <= p.FreeIpCount);
      }
      const small = list.find((p) => p.RegionId === POOL_REGION);
      assert.deepEqual(small, { RegionId: POOL_REGION, Cidrs: { Cidr: [POOL_CIDR] }, TotalIpCount: 6, HeldIpCount: 0, FreeIpCount: 6, RecoverableIpCount: 0 },
        'a /29 has six usable addresses');
    });

    it('RegionId narrows it to one region; an unknown region is InvalidRegionId.NotFound; a tenant is Forbidden.NotOperator', async () => {
      const one = await pools({ RegionId: REGION });
      assert.equal(one.TotalCount, 1);
      assert.deepEqual(one.AddressPools.AddressPool.map((p) => p.RegionId), [REGION]);
      await expectError(pools({ RegionId: 'xx-nowhere-1' }), { code: 'InvalidRegionId.NotFound', status: 404 });
      const asTenant = popClient(ctx.server, tenant.cred, { apiVersion: OPERATOR_VERSION });
      await expectError(asTenant.request('DescribeAddressPools', {}, { method: 'POST' }), { code: 'Forbidden.NotOperator', status: 403 });
    });
  });

  describe('openeip account and key', () => {
    let created;

    it('account create prints the new pair once (JSON: the whole answer), and the new key works with the CLI and the SDK', async () => {
      const name = `cli-made-${process.pid}`;
      created = await op.json(['account', 'create', name]);
      assert.match(created.AccountId, /^\d+$/);
      assert.ok(created.AccessKeyId && created.AccessKeySecret, JSON.stringify(created));
      assert.match(created.RequestId, /^[0-9A-F-]{36}$/);

      // The CLI with the new key (its profile is checked with a signed call by configure), and the official SDK.
      const user = await cliUser();
      await user.configure(ctx.server, { accessKeyId: created.AccessKeyId, accessKeySecret: created.AccessKeySecret });
      assert.deepEqual(await user.json(['eip', 'list']), []);
      const sdk = new Account(ctx.server, { accountId: created.AccountId, accessKeyId: created.AccessKeyId, accessKeySecret: created.AccessKeySecret, name });
      const allocated = await sdk.allocate();
      assert.deepEqual((await user.json(['eip', 'list'])).map((e) => e.AllocationId), [allocated.allocationId]);

      const table = await op.ok(['account', 'create', `${name}-table`]);
      assert.match(table.stdout, /AccessKeySecret/);
      assert.match(table.stdout, /shown only now/);
    });

    it('account list and show: every account with its keys and quotas, never a secret', async () => {
      const list = await op.json(['account', 'list']);
      assert.ok(Array.isArray(list));
      const mine = list.find((a) => a.AccountId === created.AccountId);
      assert.ok(mine, 'the new account is listed');
      assert.equal(mine.IsOperator, false);
      assert.deepEqual(mine.AccessKeyIds.AccessKeyId, [created.AccessKeyId]);
      assert.equal(list.filter((a) => a.IsOperator).length, 1);
      assert.ok(!JSON.stringify(list).includes(created.AccessKeySecret));

      const shown = await op.json(['account', 'show', created.AccountId]);
      assert.equal(shown.AccountId, created.AccountId);
      assert.equal(shown.AccountName, `cli-made-${process.pid}`);
      assert.match(shown.CreationTime, SECONDS_TIME_RE);
      assert.ok(shown.Quotas.Quota.some((q) => q.QuotaName === 'eip-postpaid-per-region' && q.Value === 20));

      const table = await op.ok(['account', 'show', created.AccountId]);
      assert.match(table.stdout, /eip-postpaid-per-region=20/);
      assertApiError(await op.run(['account', 'show', '1234567890']), 'InvalidAccountId.NotFound');
    });

    it('key create adds a pair; key list shows the AccessKeyIds; key delete makes calls with one fail while the other works', async () => {
      const second = await op.json(['key', 'create', created.AccountId]);
      assert.equal(second.AccountId, created.AccountId);
      assert.ok(second.AccessKeySecret);
      const table = await op.ok(['key', 'create', created.AccountId]);
      assert.match(table.stdout, /shown only now/);

      const keys = await op.json(['key', 'list', created.AccountId]);
      assert.equal(keys.length, 3);
      assert.ok(keys.every((k) => k.AccountId === created.AccountId && k.AccountName === `cli-made-${process.pid}` && !('AccessKeySecret' in k)));
      assert.ok(keys.some((k) => k.AccessKeyId === second.AccessKeyId));
      const everyKey = await op.json(['key', 'list']);
      assert.ok(everyKey.some((k) => k.AccessKeyId === ctx.server.operator.accessKeyId));
      assert.ok(everyKey.some((k) => k.AccessKeyId === tenant.accessKeyId && k.AccountId === tenant.accountId));

      const deleted = await op.json(['key', 'delete', created.AccessKeyId]);
      assert.deepEqual(deleted, [created.AccessKeyId]);
      assertApiError(await runAs({ accessKeyId: created.AccessKeyId, accessKeySecret: created.AccessKeySecret }, ['eip', 'list']), 'InvalidAccessKeyId.NotFound');
      const other = { accessKeyId: second.AccessKeyId, accessKeySecret: second.AccessKeySecret };
      assert.equal((await jsonAs(other, ['eip', 'list'])).length, 1, 'the other key still works');
      assert.equal((await op.json(['key', 'list', created.AccountId])).length, 2);
    });
  });

  describe('openeip quota and privilege', () => {
    it('quota set shows the value the server now holds, quota list shows it, and the server enforces it', async () => {
      const acct = await ctx.harness.createAccount();
      const set = await op.json(['quota', 'set', acct.accountId, 'eip-postpaid-per-region', '1']);
      assert.deepEqual(set, { AccountId: acct.accountId, QuotaName: 'eip-postpaid-per-region', Value: 1 });
      const quotas = await op.json(['quota', 'list', acct.accountId]);
      assert.deepEqual(quotas.find((q) => q.QuotaName === 'eip-postpaid-per-region'), { QuotaName: 'eip-postpaid-per-region', Value: 1 });
      assert.deepEqual(quotas.map((q) => q.QuotaName).sort(),
        ['eip-multi-binded-privilege', 'eip-postpaid-per-region', 'eip-recover-per-month', 'havip-per-account', 'havip-privilege', 'resource-group-per-account']);

      await jsonAs(acct, ['eip', 'allocate']);
      assertApiError(await runAs(acct, ['eip', 'allocate']), 'QuotaExceeded.Eip');
      await expectError(acct.allocate(), { code: 'QuotaExceeded.Eip' });
    });

    it('quota set with a value that is not a whole number exits 2 before any call; an unknown quota name is the server\'s InvalidParameter', async () => {
      // An endpoint where nothing listens: a call would end in exit 4 (unreachable), so exit 2 means none was made.
      for (const value of ['abc', '-1', '1.5', '']) {
        assertUsage(await op.run(['quota', 'set', tenant.accountId, 'eip-postpaid-per-region', value, '--endpoint', 'http://127.0.0.1:9']), /whole number/);
      }
      assertUsage(await op.run(['quota', 'set', tenant.accountId, 'eip-postpaid-per-region']), /value/);
      assertApiError(await op.run(['quota', 'set', tenant.accountId, 'no-such-quota', '1']), 'InvalidParameter');
      assertApiError(await op.run(['quota', 'list', 'nobody']), 'InvalidAccountId.NotFound');
    });

    it('privilege grant havip lets the tenant create HaVips (generic form and SDK); revoke takes it back', async () => {
      const acct = await ctx.harness.createAccount();
      const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
      const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;
      const createHaVip = () => runAs(acct, ['vpc', 'CreateHaVip', '--VSwitchId', vSwitchId]);

      assert.deepEqual(await op.json(['privilege', 'list', acct.accountId]), [
        { Privilege: 'havip', Granted: false, QuotaName: 'havip-privilege' },
        { Privilege: 'multi-binded', Granted: false, QuotaName: 'eip-multi-binded-privilege' },
      ]);
      assertApiError(await createHaVip(), 'Forbidden.HaVipNotAuthorized');

      const granted = await op.json(['privilege', 'grant', acct.accountId, 'havip']);
      assert.deepEqual(granted.map((p) => [p.Privilege, p.Granted]), [['havip', true], ['multi-binded', false]]);
      assert.equal((await op.json(['quota', 'list', acct.accountId])).find((q) => q.QuotaName === 'havip-privilege').Value, 1);
      const made = await createHaVip();
      assert.equal(made.code, 0, made.stderr);
      assert.match(made.json().HaVipId, /^havip-[a-z0-9]{20}$/);
      await acct.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId }));

      const both = await op.json(['privilege', 'grant', acct.accountId, 'havip', 'multi-binded']);
      assert.ok(both.every((p) => p.Granted));
      const revoked = await op.json(['privilege', 'revoke', acct.accountId, 'havip']);
      assert.deepEqual(revoked.map((p) => [p.Privilege, p.Granted]), [['havip', false], ['multi-binded', true]]);
      assertApiError(await createHaVip(), 'Forbidden.HaVipNotAuthorized');
      await expectError(acct.vpc.createHaVip(new Vpc.CreateHaVipRequest({ regionId: REGION, vSwitchId })), { code: 'Forbidden.HaVipNotAuthorized', status: 403 });

      assertUsage(await op.run(['privilege', 'grant', acct.accountId, 'superuser']), /superuser/);
    });
  });

  describe('openeip overdue', () => {
    it("overdue set locks the tenant's pay-as-you-go EIPs (FinancialLocked); overdue clear unlocks them", async () => {
      const acct = await ctx.harness.createAccount();
      const eip = await jsonAs(acct, ['eip', 'allocate']);
      assert.deepEqual(await op.json(['overdue', 'set', acct.accountId]), { AccountId: acct.accountId, Overdue: true });
      assert.equal((await jsonAs(acct, ['eip', 'show', eip.AllocationId])).BusinessStatus, 'FinancialLocked');
      assert.equal((await acct.describeOne(eip.AllocationId)).businessStatus, 'FinancialLocked');
      assertApiError(await runAs(acct, ['eip', 'release', eip.AllocationId]), 'IncorrectEipStatus');

      const table = await op.ok(['overdue', 'clear', acct.accountId]);
      assert.match(table.stdout, /no longer overdue/);
      assert.equal((await jsonAs(acct, ['eip', 'show', eip.AllocationId])).BusinessStatus, 'Normal');
      assert.deepEqual(await jsonAs(acct, ['eip', 'release', eip.AllocationId]), [eip.AllocationId]);
      assertApiError(await op.run(['overdue', 'set', 'nobody']), 'InvalidAccountId.NotFound');
    });
  });

  describe('openeip pool', () => {
    it('pool list shows every region; its numbers follow allocations and releases; --region narrows it', async () => {
      const all = await op.json(['pool', 'list']);
      const api = await operatorApi('DescribeAddressPools');
      assert.deepEqual(all, api.AddressPools.AddressPool, 'the items as the server answers them');
      const pool = async () => {
        const list = await op.json(['pool', 'list', '--region', POOL_REGION]);
        assert.equal(list.length, 1);
        return list[0];
      };
      const start = await pool();
      assert.deepEqual(start.Cidrs.Cidr, [POOL_CIDR]);

      const acct = await ctx.harness.createAccount();
      const a = await jsonAs(acct, ['eip', 'allocate'], POOL_REGION);
      const b = await jsonAs(acct, ['eip', 'allocate'], POOL_REGION);
      for (const e of [a, b]) assert.ok(IPV4_RE.test(e.IpAddress) && inCidr(e.IpAddress, POOL_CIDR), e.IpAddress);
      const held = await pool();
      assert.equal(held.HeldIpCount, start.HeldIpCount + 2);
      assert.equal(held.FreeIpCount, start.FreeIpCount - 2);

      await jsonAs(acct, ['eip', 'release', a.AllocationId], POOL_REGION);
      const released = await pool();
      assert.equal(released.HeldIpCount, start.HeldIpCount + 1);
      assert.equal(released.RecoverableIpCount, start.RecoverableIpCount + 1, 'a released address stays recoverable by its owner');

      const table = await op.ok(['pool', 'list', '--region', POOL_REGION]);
      assert.match(table.stdout, /Recoverable/);
      assert.match(table.stdout, new RegExp(POOL_CIDR.replaceAll('.', '\\.')));
      assertApiError(await op.run(['pool', 'list', '--region', 'xx-nowhere-1']), 'InvalidRegionId.NotFound');
    });
  });

  describe('openeip idle-fees', () => {
    it('idle-fees price sets the price; idle-fees report shows an unbound EIP with its fee, the release suggestion and the account total', async () => {
      const acct = await ctx.harness.createAccount();
      const eip = await jsonAs(acct, ['eip', 'allocate']);
      assert.deepEqual(await op.json(['idle-fees', 'price', '0.5']), { PricePerHour: 0.5 });
      await ctx.harness.advanceClock(3 * 3600);

      const report = await op.json(['idle-fees', 'report', '--account', acct.accountId]);
      assert.equal(report.PricePerHour, 0.5);
      assert.ok(!('RequestId' in report));
      const [account] = report.Accounts.Account;
      assert.equal(account.AccountId, acct.accountId);
      const [fee] = account.IdleEips.IdleEip;
      assert.equal(fee.AllocationId, eip.AllocationId);
      assert.ok(fee.IdleHours >= 3 && fee.IdleHours < 3.1, `3 idle hours, got ${fee.IdleHours}`);
      assert.ok(Math.abs(fee.Fee - fee.IdleHours * 0.5) < 0.001, JSON.stringify(fee));
      assert.equal(fee.SuggestRelease, true, 'idle for longer than SuggestReleaseAfter (2 h here)');
      assert.equal(account.TotalFee, fee.Fee);

      const table = await op.ok(['idle-fees', 'report', '--account', acct.accountId]);
      assert.match(table.stdout, /0\.5 per EIP and hour/);
      assert.match(table.stdout, new RegExp(`${eip.AllocationId}.*yes`));
      assert.match(table.stdout, /TotalFee/);

      assertUsage(await op.run(['idle-fees', 'price', 'cheap', '--endpoint', 'http://127.0.0.1:9']), /decimal/);
      assertUsage(await op.run(['idle-fees', 'price', '-1', '--endpoint', 'http://127.0.0.1:9']), /./);
      assertApiError(await op.run(['idle-fees', 'report', '--account', 'nobody']), 'InvalidAccountId.NotFound');
    });
  });

  describe('openeip audit', () => {
    it("shows the CLI's own calls, newest first, with their resource ids; filters by account, resource, action and time", async () => {
      const since = await serverNow();
      const acct = await op.json(['account', 'create', `audited-${process.pid}`]);
      await op.json(['quota', 'set', acct.AccountId, 'havip-per-account', '7']);
      await op.json(['privilege', 'grant', acct.AccountId, 'havip']);

      const events = await op.json(['audit', '--resource', acct.AccountId]);
      assert.deepEqual(events.map((e) => e.EventAction), ['SetAccountQuota', 'SetAccountQuota', 'CreateAccount'], 'newest first');
      assert.ok(events.every((e) => e.ResourceIds.ResourceId.includes(acct.AccountId) && e.ErrorCode === ''));
      assert.equal(events[0].RequestParameters.QuotaName, 'havip-privilege');
      assert.equal(events[1].RequestParameters.Value, '7');
      assert.equal(events[2].EventRequestId, acct.RequestId);
      assert.equal(events[2].AccessKeyId, ctx.server.operator.accessKeyId);

      const operatorId = (await op.json(['account', 'list'])).find((a) => a.IsOperator).AccountId;
      const recent = await op.json(['audit', '--account', operatorId, '--since', since]);
      assert.deepEqual(recent.map((e) => e.EventAction).filter((a) => a !== 'AdvanceClock'), ['SetAccountQuota', 'SetAccountQuota', 'CreateAccount']);
      assert.ok(recent.every((e) => e.EventTime >= since), 'nothing before --since');
      const quotaCalls = await op.json(['audit', '--action', 'SetAccountQuota', '--limit', '2']);
      assert.equal(quotaCalls.length, 2);
      assert.deepEqual(quotaCalls, events.slice(0, 2));
      assert.deepEqual(await op.json(['audit', '--account', operatorId, '--until', '2000-01-01T00:00:00Z']), []);

      const table = await op.ok(['audit', '--resource', acct.AccountId, '--limit', '2']);
      for (const header of ['Time', 'Account', 'Action', 'Resources', 'Error']) assert.match(table.stdout, new RegExp(header));
      assert.match(table.stdout, /newest 2 of 3/);
    });

    it('--limit gathers pages (DescribeAuditEvents gives at most 100 a page), and no more than asked; 50 by default', async () => {
      const acct = await ctx.harness.createAccount();
      const calls = 105;
      for (let i = 0; i < calls; i++) await ctx.harness.setQuota(acct.accountId, 'havip-per-account', 1000 + i);
      const values = (events) => events.filter((e) => e.EventAction === 'SetAccountQuota').map((e) => Number(e.RequestParameters.Value));
      const newestFirst = Array.from({ length: calls }, (_, i) => 1000 + calls - 1 - i);

      const five = await op.json(['audit', '--resource', acct.accountId, '--limit', '5']);
      assert.deepEqual(values(five), newestFirst.slice(0, 5));
      const byDefault = await op.json(['audit', '--resource', acct.accountId]);
      assert.deepEqual(values(byDefault), newestFirst.slice(0, 50));
      const partOfTwoPages = await op.json(['audit', '--resource', acct.accountId, '--limit', '103']);
      assert.deepEqual(values(partOfTwoPages), newestFirst.slice(0, 103));
      const all = await op.json(['audit', '--resource', acct.accountId, '--limit', '500']);
      assert.equal(all.length, calls + 1, 'every quota call and the CreateAccount');
      assert.deepEqual(values(all), newestFirst);
      assert.equal(all.at(-1).EventAction, 'CreateAccount');
    });

    it('bad --since, --until or --limit exit 2 before any call', async () => {
      assertUsage(await op.run(['audit', '--since', 'yesterday', '--endpoint', 'http://127.0.0.1:9']), /--since/);
      assertUsage(await op.run(['audit', '--until', '3 weeks', '--endpoint', 'http://127.0.0.1:9']), /--until/);
      assertUsage(await op.run(['audit', '--limit', '0', '--endpoint', 'http://127.0.0.1:9']), /--limit/);
      assertUsage(await op.run(['audit', '--limit', 'many']), /many/);
    });
  });

  describe('a tenant running operator commands', () => {
    it('gets exit 1 and Forbidden.NotOperator from every one, printed as any Alibaba error', async () => {
      const commands = [
        ['account', 'list'], ['account', 'show', tenant.accountId], ['account', 'create', 'sneaky'],
        ['key', 'create', tenant.accountId], ['key', 'delete', tenant.accessKeyId], ['key', 'list'],
        ['quota', 'list', tenant.accountId], ['quota', 'set', tenant.accountId, 'eip-postpaid-per-region', '100'],
        ['privilege', 'list', tenant.accountId], ['privilege', 'grant', tenant.accountId, 'havip'],
        ['overdue', 'clear', tenant.accountId], ['pool', 'list'], ['idle-fees', 'report'], ['idle-fees', 'price', '0'], ['audit'],
      ];
      const results = [];
      for (let i = 0; i < commands.length; i += 4) results.push(...await Promise.all(commands.slice(i, i + 4).map((args) => tenantCli.run(args))));
      results.forEach((r, i) => {
        try {
          assertApiError(r, 'Forbidden.NotOperator');
        } catch (e) {
          e.message = `openeip ${commands[i].join(' ')}: ${e.message}`;
          throw e;
        }
      });
      assert.equal((await op.json(['quota', 'list', tenant.accountId])).find((q) => q.QuotaName === 'eip-postpaid-per-region').Value, 20);
      assert.deepEqual(await tenantCli.json(['eip', 'list']), [], 'the tenant key was not deleted');
    });
  });
});
