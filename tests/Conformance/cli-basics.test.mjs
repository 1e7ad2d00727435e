// The openeip CLI as a user runs it (a process with its own HOME) against a real server: profiles and their
// file, the environment's overrides, the generic form of several products with nested parameters, waiters,
// paging, the eip verbs, error exits and messages, and shell completion. Issue 13.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { stat, readFile, writeFile, mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { useServer, REGION, ALLOCATION_ID_RE, IPV4_RE } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE } from './lib/lab.mjs';
import { cliUser, assertApiError, assertNoStackTrace, CLI_DLL } from './lib/cli.mjs';

const execFileAsync = promisify(execFile);
const ctx = useServer({ env: { ...FAST_COMPUTE } });

/** A directory holding an `openeip` command that runs the CLI, for a shell to find on PATH; removed after the test. */
async function openeipOnPath(t) {
  const bin = await mkdtemp(join(tmpdir(), 'openeip-bin-'));
  t.after(() => rm(bin, { recursive: true, force: true }));
  await writeFile(join(bin, 'openeip'), `#!/bin/sh\nexec dotnet '${CLI_DLL}' "$@"\n`);
  await chmod(join(bin, 'openeip'), 0o755);
  return bin;
}

let lab;
let user;
describe('openeip, the CLI, run as a process', () => {
  before(async () => {
    lab = await Lab.create(ctx, { eipQuota: 60 });
    user = await cliUser();
    await user.configure(ctx.server, lab.acct.cred);
  });

  const eipFields = (items) => items.map((e) => e.AllocationId).sort();

  test('configure and profiles: configure writes ~/.openeip/config.json with mode 0600 in a 0700 directory, and never prints the secret', async () => {
    const u = await cliUser();
    const saved = await u.configure(ctx.server, lab.acct.cred, { profile: 'work' });
    assert.match(saved.stderr, /Checked: .* accepts the key/);
    const file = await stat(u.configPath);
    assert.equal(file.mode & 0o777, 0o600);
    assert.equal((await stat(join(u.home, '.openeip'))).mode & 0o777, 0o700);
    const config = JSON.parse(await readFile(u.configPath, 'utf8'));
    assert.equal(config.current, 'work');
    assert.deepEqual(config.profiles.map((p) => [p.name, p.access_key_id, p.region_id]), [['work', lab.acct.accessKeyId, REGION]]);

    const listed = await u.ok(['configure', 'list']);
    const asJson = await u.json(['configure', 'list']);
    assert.deepEqual(asJson.map((p) => [p.Name, p.Current, p.Secret]), [['work', '*', 'set']]);
    for (const out of [saved.stdout, saved.stderr, listed.stdout, listed.stderr, JSON.stringify(asJson)]) {
      assert.ok(!out.includes(lab.acct.accessKeySecret), 'the secret is never printed');
    }
  });

  test('configure and profiles: on a terminal, configure asks for each setting, hides the secret as it is typed, and keeps the defaults offered', async (t) => {
    if (!existsSync('/usr/bin/script')) {
      t.skip('script (util-linux) is not installed: no pseudo-terminal to type into');
      return;
    }
    const u = await cliUser();
    const bin = await openeipOnPath(t);
    // script(1) gives openeip a pseudo-terminal; the answers are typed into it (Enter keeps an offered default).
    const child = spawn('script', ['-qec', 'openeip configure --profile typed', '/dev/null'], {
      env: { ...process.env, HOME: u.home, PATH: `${bin}:${process.env.PATH}`, DOTNET_NOLOGO: '1' },
    });
    // Each answer is typed once its question is on the screen, as a person would (type-ahead would be echoed by the terminal itself).
    const answers = [
      ['Endpoint', ctx.server.baseUrl], ['AccessKeyId', lab.acct.accessKeyId], ['AccessKey secret', lab.acct.accessKeySecret],
      ['Default region', 'cn-beijing'], ['Output', ''],
    ];
    let output = '';
    const onOutput = (d) => {
      output += d;
      while (answers.length > 0 && output.includes(`${answers[0][0]}`)) {
        const [question, answer] = answers.shift();
        output = output.replace(question, `<${question}>`);
        child.stdin.write(`${answer}\r`);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000); // a question that never comes fails the test, not the run
    const code = await new Promise((resolveExit) => child.on('close', resolveExit));
    clearTimeout(timer);
    child.stdin.destroy();
    assert.deepEqual(answers, [], 'every question was asked');
    assert.equal(code, 0, output);
    assert.match(output, /<AccessKey secret>: \*+/);
    assert.ok(!output.includes(lab.acct.accessKeySecret), 'the secret is not echoed');
    const config = JSON.parse(await readFile(u.configPath, 'utf8'));
    const typed = config.profiles.find((p) => p.name === 'typed');
    assert.deepEqual([typed.endpoint, typed.access_key_id, typed.access_key_secret, typed.region_id, typed.output_format],
      [ctx.server.baseUrl, lab.acct.accessKeyId, lab.acct.accessKeySecret, 'cn-beijing', 'table']);
  });

  test('configure and profiles: a wrong secret is refused before anything is saved, keeping the profile that worked', async () => {
    const u = await cliUser();
    await u.configure(ctx.server, lab.acct.cred);
    const before = await readFile(u.configPath, 'utf8');
    const r = await u.run(['configure', '--endpoint', ctx.server.baseUrl, '--access-key-id', lab.acct.accessKeyId,
      '--access-key-secret', 'not-the-secret', '--region', REGION]);
    assertApiError(r, 'SignatureDoesNotMatch');
    assert.equal(await readFile(u.configPath, 'utf8'), before);
  });

  test('configure and profiles: --profile picks a profile, `configure use` switches the current one, and an unknown profile is a usage error', async () => {
    const u = await cliUser();
    const other = await ctx.harness.createAccount();
    await u.configure(ctx.server, lab.acct.cred, { profile: 'one' });
    await u.configure(ctx.server, other.cred, { profile: 'two' });
    const mine = await u.json(['eip', 'allocate', '--name', 'from-two']);
    assert.equal((await u.json(['eip', 'list', '--profile', 'two'])).some((e) => e.AllocationId === mine.AllocationId), true);
    assert.equal((await u.json(['eip', 'list', '--profile', 'one'])).some((e) => e.AllocationId === mine.AllocationId), false);
    await u.ok(['configure', 'use', 'one']);
    assert.equal((await u.json(['eip', 'list'])).some((e) => e.AllocationId === mine.AllocationId), false);
    await u.ok(['configure', 'delete', 'two']);
    const r = await u.run(['eip', 'list', '--profile', 'two']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No profile named 'two'/);
    assertNoStackTrace(r);
  });

  test('configure and profiles: OPENEIP_* variables work without a file and override the profile; --region overrides them', async () => {
    const bare = await cliUser();
    const env = {
      OPENEIP_ENDPOINT: ctx.server.endpoint, OPENEIP_ACCESS_KEY_ID: lab.acct.accessKeyId,
      OPENEIP_ACCESS_KEY_SECRET: lab.acct.accessKeySecret, OPENEIP_REGION: 'cn-shanghai',
    };
    const inShanghai = await bare.json(['eip', 'allocate'], { env });
    assert.equal(inShanghai.RegionId, 'cn-shanghai');
    const inBeijing = await bare.json(['eip', 'allocate', '--region', 'cn-beijing'], { env });
    assert.equal(inBeijing.RegionId, 'cn-beijing');
    // The configured user's profile says cn-hangzhou; the variable wins.
    const overridden = await user.json(['eip', 'list'], { env: { OPENEIP_REGION: 'cn-shanghai' } });
    assert.ok(overridden.some((e) => e.AllocationId === inShanghai.AllocationId));
    assert.ok(overridden.every((e) => e.RegionId === 'cn-shanghai'));

    const none = await (await cliUser()).run(['eip', 'list']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No endpoint: run `openeip configure`/);
  });

  test('the generic form: vpc: any action, nested and repeated parameters (--Tag.1.Key), --Name=value, and an explicit empty value', async () => {
    const allocated = await user.ok(['vpc', 'AllocateEipAddress', '--Name=generic', '--Description', '',
      '--Tag.1.Key', 'team', '--Tag.1.Value', 'blue', '--Tag.2.Key', 'env', '--Tag.2.Value', 'dev']);
    const body = allocated.json();
    assert.match(body.AllocationId, ALLOCATION_ID_RE);
    assert.match(body.RequestId, /^[0-9A-F-]{36}$/);
    const view = await lab.eipView(body.AllocationId);
    assert.equal(view.name, 'generic');
    assert.deepEqual(view.tags.tag.map((t) => `${t.key}=${t.value}`).sort(), ['env=dev', 'team=blue']);
  });

  test('the generic form: ecs, slb, resourcemanager and admin answer through the same form (the profile region is added only where a product takes one)', async () => {
    const types = (await user.ok(['ecs', 'DescribeInstanceTypes'])).json();
    assert.ok(types.InstanceTypes.InstanceType.some((t) => t.InstanceTypeId === 'ecs.g7.large'));
    const clbs = (await user.ok(['slb', 'DescribeLoadBalancers'])).json();
    assert.equal(typeof clbs.TotalCount, 'number');
    const groups = (await user.ok(['resourcemanager', 'ListResourceGroups'])).json();
    assert.ok(groups.ResourceGroups.ResourceGroup.some((g) => g.Name === 'default'));

    const ops = await cliUser();
    await ops.configure(ctx.server, ctx.server.operator);
    const accounts = (await ops.ok(['admin', 'DescribeAccounts', '--AccountId', lab.acct.accountId])).json();
    assert.equal(accounts.Accounts.Account[0].AccountId, lab.acct.accountId);
    assertApiError(await user.run(['admin', 'DescribeAccounts']), 'Forbidden.NotOperator');
  });

  test('the generic form: --waiter repeats the call until the JMESPath value is reached, and exits 3 when it gives up', async () => {
    const instanceId = await lab.instance();
    const eip = (await user.ok(['vpc', 'AllocateEipAddress'])).json().AllocationId;
    await user.ok(['vpc', 'AssociateEipAddress', '--AllocationId', eip, '--InstanceId', instanceId]);
    const waited = (await user.ok(['vpc', 'DescribeEipAddresses', '--AllocationId', eip,
      '--waiter', `expr=EipAddresses.EipAddress[0].Status`, 'to=InUse'])).json();
    assert.equal(waited.EipAddresses.EipAddress[0].Status, 'InUse');
    assert.equal(waited.EipAddresses.EipAddress[0].InstanceId, instanceId);

    const late = await user.run(['vpc', 'DescribeEipAddresses', '--AllocationId', eip,
      '--waiter', 'expr=EipAddresses.EipAddress[0].Status', 'to=Released', 'timeout=0.5', 'interval=0.1']);
    assert.equal(late.code, 3);
    assert.match(late.stderr, /Gave up after 0\.5 s: EipAddresses\.EipAddress\[0\]\.Status is 'InUse', not 'Released'/);
    assert.equal(late.stdout, '');
    await lab.unbind(eip);
  });

  test('the generic form: --pager gathers every page by PageNumber, and by NextToken where the API pages so', async () => {
    const u = await cliUser();
    const acct = await ctx.harness.createAccount();
    await u.configure(ctx.server, acct.cred);
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await u.ok(['vpc', 'AllocateEipAddress'])).json().AllocationId);

    const onePage = (await u.ok(['vpc', 'DescribeEipAddresses', '--PageSize', '5'])).json();
    assert.equal(onePage.EipAddresses.EipAddress.length, 5);
    const all = (await u.ok(['vpc', 'DescribeEipAddresses', '--PageSize', '5', '--pager'])).json();
    assert.deepEqual(eipFields(all.EipAddresses.EipAddress), [...ids].sort());
    assert.equal(all.TotalCount, 12);

    const tagArgs = ids.flatMap((id, i) => [`--ResourceId.${i + 1}`, id]);
    await u.ok(['vpc', 'TagResources', '--ResourceType', 'EIP', ...tagArgs, '--Tag.1.Key', 'paged', '--Tag.1.Value', 'yes']);
    const firstTokenPage = (await u.ok(['vpc', 'ListTagResources', '--ResourceType', 'EIP', ...tagArgs, '--MaxResults', '5'])).json();
    assert.ok(firstTokenPage.NextToken, 'ListTagResources pages with NextToken');
    const tagged = (await u.ok(['vpc', 'ListTagResources', '--ResourceType', 'EIP', ...tagArgs, '--MaxResults', '5', '--pager'])).json();
    assert.deepEqual(tagged.TagResources.TagResource.map((t) => t.ResourceId).sort(), [...ids].sort());
    assert.equal(tagged.NextToken, undefined);
  });

  test('the generic form: usage mistakes exit 2 before any call, with a message and no stack trace', async () => {
    for (const [args, message] of [
      [['vpc', 'DescribeRegions', '--Foo'], /--Foo needs a value/],
      [['vpc', 'describeRegions'], /'describeRegions' is not an action name/],
      [['vpc', 'DescribeRegions', '--foo', 'x'], /Unknown option '--foo'/],
      [['vpc', 'DescribeRegions', '--waiter', 'to=InUse'], /--waiter needs expr=/],
      [['vpc', 'DescribeRegions', '--pager', 'size=3'], /--pager takes path=/],
      [['eip', 'lst'], /Unrecognized command or argument 'lst'/],
      [['eip', 'associate', 'eip-x', '--to', 'what-1'], /Cannot tell what 'what-1' is/],
    ]) {
      const r = await user.run(args);
      assert.equal(r.code, 2, `openeip ${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assertNoStackTrace(r);
    }
  });

  test('the generic form: an Alibaba error prints its Code, Message and RequestId and exits 1; an unreachable endpoint exits 4', async () => {
    const r = await user.run(['vpc', 'ReleaseEipAddress', '--AllocationId', 'eip-doesnotexist']);
    assertApiError(r, 'InvalidAllocationId.NotFound');
    assert.match(r.stderr, /eip-doesnotexist/);

    const down = await user.run(['vpc', 'DescribeRegions', '--endpoint', 'http://127.0.0.1:1']);
    assert.equal(down.code, 4);
    assert.match(down.stderr, /^ERROR: Cannot reach http:\/\/127\.0\.0\.1:1\//m);
    assertNoStackTrace(down);
  });

  test('eip verbs: allocate, show and list, as tables and as JSON that matches the server', async () => {
    const created = await user.json(['eip', 'allocate', '--name', 'web', '--bandwidth', '7', '--tag', 'app=web']);
    assert.match(created.AllocationId, ALLOCATION_ID_RE);
    assert.match(created.IpAddress, IPV4_RE);
    const view = await lab.eipView(created.AllocationId);
    assert.equal(view.bandwidth, '7');
    assert.equal(view.name, 'web');

    const table = await user.ok(['eip', 'show', created.AllocationId]);
    assert.match(table.stdout, new RegExp(`AllocationId\\s+│ ${created.AllocationId}`));
    assert.match(table.stdout, /Tags\s+│ app=web/);
    const listed = await user.json(['eip', 'list', '--tag', 'app=web']);
    assert.deepEqual(listed.map((e) => e.AllocationId), [created.AllocationId]);
    const listTable = await user.ok(['eip', 'list', '--tag', 'app=web']);
    assert.match(listTable.stdout, new RegExp(`${created.AllocationId}.*${created.IpAddress}.*Available`));
    assert.match(listTable.stdout, /1 item/);

    const several = await user.json(['eip', 'allocate', '--count', '3', '--tag', 'batch=yes']);
    assert.equal(several.length, 3);
    assert.deepEqual(eipFields(await user.json(['eip', 'list', '--tag', 'batch=yes'])), eipFields(several));

    assertApiError(await user.run(['eip', 'show', 'eip-doesnotexist00000000']), 'InvalidAllocationId.NotFound');
  });

  test('eip verbs: associate waits for InUse and unassociate for Available; the target kind comes from the id; --no-wait returns at once', async () => {
    const instanceId = await lab.instance();
    const eip = (await user.json(['eip', 'allocate'])).AllocationId;
    const bound = await user.json(['eip', 'associate', eip, instanceId]);
    assert.equal(bound.Status, 'InUse');
    assert.equal(bound.InstanceType, 'EcsInstance');
    assert.equal(bound.InstanceId, instanceId);
    assert.equal((await user.json(['eip', 'list', '--bound-to', instanceId]))[0].AllocationId, eip);

    const unbound = await user.json(['eip', 'unassociate', eip]);
    assert.equal(unbound.Status, 'Available');
    assert.equal(unbound.InstanceId, '');

    const quick = await user.json(['eip', 'associate', eip, '--to', instanceId, '--no-wait']);
    assert.ok(['Associating', 'InUse'].includes(quick.Status), quick.Status);
    await lab.waitEip(eip, 'InUse');
    const again = await user.run(['eip', 'associate', eip, instanceId]);
    assert.equal(again.code, 1, 'an EIP already bound is refused by the server');
    assert.match(again.stderr, /^ERROR: \S+ \(HTTP 4\d\d\)$/m);
    await user.json(['eip', 'unassociate', eip]);
  });

  test('eip verbs: several EIPs go to one NAT gateway with progress, and come back', async () => {
    const nat = await lab.nat();
    const eips = (await user.json(['eip', 'allocate', '--count', '3'])).map((e) => e.AllocationId);
    const bound = await user.json(['eip', 'associate', ...eips, '--to', nat]);
    assert.deepEqual(bound.map((e) => [e.Status, e.InstanceType, e.InstanceId]), eips.map(() => ['InUse', 'Nat', nat]));
    for (const id of eips) assert.equal((await lab.eipView(id)).instanceId, nat);
    const unbound = await user.json(['eip', 'unassociate', ...eips]);
    assert.deepEqual(unbound.map((e) => e.Status), ['Available', 'Available', 'Available']);
  });

  test('eip verbs: tag, untag and modify change what the server shows; deletion protection makes release fail with the Alibaba code', async () => {
    const eip = (await user.json(['eip', 'allocate'])).AllocationId;
    const tagged = await user.json(['eip', 'tag', eip, '--tag', 'a=1', '--tag', 'b=2']);
    assert.deepEqual(tagged[0].Tags.Tag.map((t) => `${t.Key}=${t.Value}`).sort(), ['a=1', 'b=2']);
    const untagged = await user.json(['eip', 'untag', eip, '--key', 'a']);
    assert.deepEqual(untagged[0].Tags.Tag.map((t) => t.Key), ['b']);

    const modified = await user.json(['eip', 'modify', eip, '--name', 'renamed', '--bandwidth', '9', '--deletion-protection', 'on']);
    assert.equal(modified.Name, 'renamed');
    assert.equal(modified.Bandwidth, '9');
    assert.equal(modified.DeletionProtection, true);
    assertApiError(await user.run(['eip', 'release', eip]), 'InvalidOperation.DeletionProtection');
    await user.json(['eip', 'modify', eip, '--deletion-protection', 'off']);
    assert.deepEqual(await user.json(['eip', 'release', eip]), [eip]);
    assert.equal((await user.run(['eip', 'modify', eip])).code, 2, 'nothing to change is a usage error');
  });

  test('eip verbs: release by tag asks for --yes when it cannot ask, then releases every tagged EIP; recover gets a released address back', async () => {
    const doomed = (await user.json(['eip', 'allocate', '--count', '2', '--tag', 'doomed=yes'])).map((e) => e.AllocationId);
    const refused = await user.run(['eip', 'release', '--tag', 'doomed=yes']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /2 EIPs have that tag; add --yes/);
    assert.equal((await user.json(['eip', 'list', '--tag', 'doomed=yes'])).length, 2, 'nothing released without --yes');

    const released = await user.json(['eip', 'release', '--tag', 'doomed=yes', '--yes']);
    assert.deepEqual([...released].sort(), [...doomed].sort());
    assert.deepEqual(await user.json(['eip', 'list', '--tag', 'doomed=yes']), []);

    const address = (await user.json(['eip', 'allocate'])).IpAddress;
    const gone = (await user.json(['eip', 'list', '--ip', address]))[0].AllocationId;
    await user.json(['eip', 'release', gone]);
    const back = await user.json(['eip', 'recover', '--ip', address]);
    assert.equal(back.IpAddress, address);
    assert.equal(back.Status, 'Available');
    assert.equal((await user.run(['eip', 'recover'])).code, 2);
  });

  test('demo: builds a VPC estate with an EIP bound in every mode, all InUse, which the server shows as described', async () => {
    const acct = await ctx.harness.createAccount();
    await ctx.harness.setQuota(acct.accountId, 'havip-privilege', 1);
    await ctx.harness.setQuota(acct.accountId, 'eip-multi-binded-privilege', 1);
    const u = await cliUser();
    await u.configure(ctx.server, acct.cred, { region: 'cn-shanghai' });
    const demo = await u.json(['demo', '--name', 'tour']);
    assert.deepEqual(demo.Skipped, []);
    const kinds = demo.Resources.map((r) => r.Kind);
    for (const kind of ['VPC', 'vSwitch', 'Security group', 'Instance', 'ENI', 'NAT gateway', 'CLB', 'HaVip', 'SNAT entry']) assert.ok(kinds.includes(kind), kind);

    // What the server says, read with the generic form (every page).
    const eips = (await u.ok(['vpc', 'DescribeEipAddresses', '--Tag.1.Key', 'openeip-demo', '--Tag.1.Value', 'tour', '--pager'])).json().EipAddresses.EipAddress;
    assert.deepEqual(eips.map((e) => e.AllocationId).sort(), demo.Eips.map((e) => e.Id).sort());
    assert.ok(eips.every((e) => e.Status === 'InUse'), JSON.stringify(eips.map((e) => e.Status)));
    const bindings = eips.map((e) => `${e.InstanceType}/${e.Mode}`).sort();
    assert.deepEqual(bindings, ['EcsInstance/NAT', 'HaVip/NAT', 'Nat/NAT', 'NetworkInterface/BINDED', 'NetworkInterface/MULTI_BINDED',
      'NetworkInterface/MULTI_BINDED', 'NetworkInterface/NAT', 'SlbInstance/NAT']);
    const nat = demo.Resources.find((r) => r.Kind === 'NAT gateway').Id;
    const gateway = (await u.ok(['vpc', 'DescribeNatGateways', '--NatGatewayId', nat])).json().NatGateways.NatGateway[0];
    const snat = (await u.ok(['vpc', 'DescribeSnatTableEntries', '--SnatTableId', gateway.SnatTableIds.SnatTableId[0]])).json();
    const natEip = eips.find((e) => e.InstanceType === 'Nat');
    assert.deepEqual(snat.SnatTableEntries.SnatTableEntry.map((e) => e.SnatIp), [natEip.IpAddress]);

    // Without the privileges, and where MULTI_BINDED is not offered, the rest is built and the reasons are given.
    const plain = await cliUser();
    await plain.configure(ctx.server, (await ctx.harness.createAccount()).cred);
    const partial = await plain.ok(['demo']);
    assert.match(partial.stdout, /Skipped HaVip: Forbidden\S*:/);
    assert.match(partial.stdout, /Skipped MULTI_BINDED: offered only in .*\(R-MULTI-5\)/);
    assert.match(partial.stdout, /EIP on the NAT gateway/);
  });

  test('help and completion: --help lists the commands and exits 0', async () => {
    const r = await user.ok(['--help']);
    for (const command of ['configure', 'eip', 'vpc', 'ecs', 'admin', 'completion']) assert.match(r.stdout, new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  test('help and completion: the bash completion script completes commands, verbs and options by asking openeip itself', async (t) => {
    const bin = await openeipOnPath(t);
    const script = (await user.ok(['completion', 'bash'])).stdout;
    await execFileAsync('bash', ['-n', '-c', script]);
    const complete = async (line) => {
      const words = line.split(' ');
      const program = `source <(openeip completion bash)
  COMP_LINE='${line}'; COMP_POINT=${line.length}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
  _openeip_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const { stdout } = await execFileAsync('bash', ['-c', program], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: user.home } });
      return stdout.trim().split('\n').filter(Boolean);
    };
    assert.deepEqual(await complete('openeip ei'), ['eip']);
    assert.deepEqual(await complete('openeip eip al'), ['allocate']);
    assert.deepEqual(await complete('openeip eip list --sta'), ['--status']);
    assert.deepEqual(await complete('openeip eip list -o j'), ['json']);
    assert.deepEqual(await complete('openeip vpc DescribeE'), ['DescribeEipAddresses'], 'the generic form completes the action names the server answers');
    assert.deepEqual(await complete('openeip vpc li'), ['list']);
    const zsh = (await user.ok(['completion', 'zsh'])).stdout;
    assert.match(zsh, /^#compdef openeip$/m);
  });

  test('help and completion: the zsh completion function completes the same words (compadd stood in for, outside a completion widget)', async (t) => {
    if (!existsSync('/usr/bin/zsh') && !existsSync('/bin/zsh')) {
      t.skip('zsh is not installed (the test command installs it when run as root)');
      return;
    }
    const bin = await openeipOnPath(t);
    const complete = async (words) => {
      const program = `compdef() { : }
compadd() { print -l -- "\${(@P)2}" }
source <(openeip completion zsh)
words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _openeip`;
      const { stdout } = await execFileAsync('zsh', ['-c', program], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: user.home } });
      return stdout.trim().split('\n').filter(Boolean);
    };
    assert.deepEqual(await complete(['openeip', 'ei']), ['eip']);
    assert.deepEqual(await complete(['openeip', 'eip', 'al']), ['allocate']);
    assert.deepEqual(await complete(['openeip', 'eip', 'list', '-o', '']), ['json', 'table']);
  });

  test('installable: dotnet pack makes a .NET tool that dotnet tool install puts on a path as `openeip`', async (t) => {
    const packages = await mkdtemp(join(tmpdir(), 'openeip-pack-'));
    const tools = await mkdtemp(join(tmpdir(), 'openeip-tools-'));
    t.after(() => Promise.all([packages, tools].map((dir) => rm(dir, { recursive: true, force: true }))));
    const project = join(dirname(CLI_DLL), '../../../OpenEip.Cli.csproj');
    await execFileAsync('dotnet', ['pack', project, '-c', 'Release', '--no-build', '-nologo', '-v', 'quiet', '-o', packages]);
    await execFileAsync('dotnet', ['tool', 'install', '--tool-path', tools, '--add-source', packages, 'OpenEip.Cli']);
    const { stdout } = await execFileAsync(join(tools, 'openeip'), ['eip', 'list', '-o', 'json'], { env: { ...process.env, HOME: user.home } });
    const listed = JSON.parse(stdout);
    assert.deepEqual(listed.map((e) => e.AllocationId).sort(), (await user.json(['eip', 'list'])).map((e) => e.AllocationId).sort());
  });

});
