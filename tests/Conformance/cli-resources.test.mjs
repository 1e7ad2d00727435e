// The CLI's friendly verbs for what EIPs bind to (issue 13): vpc, vswitch, sg, instance, eni, nat (snat, dnat),
// havip and lb, run as processes (lib/cli.mjs) against a real server. One tenant builds a whole estate through
// the CLI only, lists it, then tears it down in reverse; every -o json answer is checked against what the server
// says, read back with signed raw calls (the JSON items, which the verbs must print unchanged) or the official SDKs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useServer, Vpc, REGION, VPC_VERSION } from './lib/harness.mjs';
import { FAST_COMPUTE, Ecs, ecsClient, zonesOf, until, ECS_VERSION, SLB_VERSION, NLB_VERSION } from './lib/lab.mjs';
import { cliUser, assertApiError, assertNoStackTrace } from './lib/cli.mjs';

const ALB_VERSION = '2020-06-16';
// Every transition is immediate but Starting, which lasts until a test moves the server's clock on (throughStarting):
// so a verb's wait for Running is seen to wait, and --no-wait to return a transitional state.
const STARTING_SECONDS = 30;
const ctx = useServer({ env: { ...FAST_COMPUTE, OpenEip__Compute__StartingSeconds: String(STARTING_SECONDS) } });

let acct;
let user;
let raw;
let ecs;
const estate = {};

/** The tenant and its CLI user, made once by the first test (a root-level before hook here did not wait for useServer's). */
let setup;
const ready = () => (setup ??= (async () => {
  acct = await ctx.harness.createAccount();
  await ctx.harness.setQuota(acct.accountId, 'havip-privilege', 1);
  user = await cliUser();
  await user.configure(ctx.server, acct.cred);
  ecs = ecsClient(ctx.server, acct.cred);
  const versions = { vpc: VPC_VERSION, ecs: ECS_VERSION, slb: SLB_VERSION, alb: ALB_VERSION, nlb: NLB_VERSION };
  raw = async (product, action, params = {}) => {
    const r = await acct.rawV3(action, { RegionId: REGION, ...params }, { version: versions[product] });
    assert.equal(r.status, 200, `${action}: ${r.text}`);
    return r.json;
  };
  [estate.zone1, estate.zone2] = await zonesOf(acct, REGION);
})());

/** The items at a dot path of a raw answer. */
const at = (body, path) => path.split('.').reduce((node, key) => node?.[key], body) ?? [];

/** The one raw item a Describe lists for this filter (fails unless exactly one). */
async function rawOne(product, action, params, path) {
  const items = at(await raw(product, action, params), path);
  assert.equal(items.length, 1, `${action} ${JSON.stringify(params)}: ${JSON.stringify(items)}`);
  return items[0];
}

const readers = {
  vpc: (id) => rawOne('vpc', 'DescribeVpcs', { VpcId: id }, 'Vpcs.Vpc'),
  vswitch: (id) => rawOne('vpc', 'DescribeVSwitches', { VSwitchId: id }, 'VSwitches.VSwitch'),
  sg: (id) => rawOne('ecs', 'DescribeSecurityGroups', { SecurityGroupIds: JSON.stringify([id]) }, 'SecurityGroups.SecurityGroup'),
  instance: (id) => rawOne('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) }, 'Instances.Instance'),
  eni: (id) => rawOne('ecs', 'DescribeNetworkInterfaces', { 'NetworkInterfaceId.1': id }, 'NetworkInterfaceSets.NetworkInterfaceSet'),
  nat: (id) => rawOne('vpc', 'DescribeNatGateways', { NatGatewayId: id }, 'NatGateways.NatGateway'),
  havip: (id) => rawOne('vpc', 'DescribeHaVips', { 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id }, 'HaVips.HaVip'),
  clb: (id) => rawOne('slb', 'DescribeLoadBalancers', { LoadBalancerId: id }, 'LoadBalancers.LoadBalancer'),
  alb: (id) => rawOne('alb', 'ListLoadBalancers', { 'LoadBalancerIds.1': id }, 'LoadBalancers'),
  nlb: (id) => rawOne('nlb', 'ListLoadBalancers', { 'LoadBalancerIds.1': id }, 'LoadBalancers'),
};

/** Asserts the CLI printed the server's item unchanged (lb items carry an added Kind first). */
async function assertSameAsServer(kind, item, id) {
  const server = await readers[kind](id);
  if (!['clb', 'alb', 'nlb'].includes(kind)) return assert.deepEqual(item, server);
  const { Kind, ...rest } = item;
  assert.equal(Kind, kind, `Kind of ${id}`);
  assert.deepEqual(Object.keys(item)[0], 'Kind');
  assert.deepEqual(rest, server);
}

const ids = (items, field) => items.map((item) => item[field]);

/**
 * Runs a verb that waits for Running. Once the server shows the verb's instance Starting (`isOurs` picks it out of
 * DescribeInstances), the CLI must still be waiting: only then is the server's clock moved past the Starting time,
 * after which the verb ends and prints the instance(s). Returns the parsed -o json output.
 */
async function throughStarting(args, isOurs) {
  let exited = false;
  const run = user.run([...args, '-o', 'json']).finally(() => { exited = true; });
  await until(`${args.join(' ')}: its instance Starting`, async () => at(await raw('ecs', 'DescribeInstances', { PageSize: 100 }), 'Instances.Instance'),
    (items) => items.some((item) => item.Status === 'Starting' && isOurs(item)), 30_000);
  assert.equal(exited, false, `${args.join(' ')} returned while its instance was Starting`);
  await ctx.harness.advanceClock(STARTING_SECONDS);
  const r = await run;
  assert.equal(r.code, 0, `${args.join(' ')} exited ${r.code}\n${r.stderr}`);
  return r.json();
}

test('vpc create and vswitch create build the network, waiting for Available; show prints the item Describe lists', async () => {
  await ready();
  const vpc = await user.json(['vpc', 'create', '--cidr', '10.0.0.0/16', '--name', 'estate', '--tag', 'team=cli']);
  assert.match(vpc.VpcId, /^vpc-/);
  assert.equal(vpc.Status, 'Available');
  assert.equal(vpc.VpcName, 'estate');
  assert.equal(vpc.CidrBlock, '10.0.0.0/16');
  assert.deepEqual(vpc.Tags.Tag, [{ Key: 'team', Value: 'cli' }]);
  estate.vpcId = vpc.VpcId;
  const sdkVpc = (await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId: vpc.VpcId }))).body.vpcs.vpc[0];
  assert.equal(sdkVpc.vpcName, 'estate');

  const s1 = await user.json(['vswitch', 'create', '--vpc', vpc.VpcId, '--zone', estate.zone1, '--cidr', '10.0.1.0/24', '--name', 'front']);
  const s2 = await user.json(['vswitch', 'create', '--vpc', vpc.VpcId, '--zone', estate.zone2, '--cidr', '10.0.2.0/24', '--name', 'back']);
  for (const [s, zone, cidr] of [[s1, estate.zone1, '10.0.1.0/24'], [s2, estate.zone2, '10.0.2.0/24']]) {
    assert.match(s.VSwitchId, /^vsw-/);
    assert.equal(s.Status, 'Available');
    assert.equal(s.VpcId, vpc.VpcId);
    assert.equal(s.ZoneId, zone);
    assert.equal(s.CidrBlock, cidr);
  }
  estate.vSwitch1 = s1.VSwitchId;
  estate.vSwitch2 = s2.VSwitchId;

  await assertSameAsServer('vpc', await user.json(['vpc', 'show', vpc.VpcId]), vpc.VpcId);
  await assertSameAsServer('vswitch', await user.json(['vswitch', 'show', s1.VSwitchId]), s1.VSwitchId);
});

test('sg create, then instance run waits for Running and prints the instance as DescribeInstances does', async () => {
  await ready();
  const sg = await user.json(['sg', 'create', '--vpc', estate.vpcId, '--name', 'web', '--description', 'the web tier']);
  assert.match(sg.SecurityGroupId, /^sg-/);
  assert.equal(sg.VpcId, estate.vpcId);
  assert.equal(sg.SecurityGroupName, 'web');
  estate.sg = sg.SecurityGroupId;
  const sdkGroups = (await ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, vpcId: estate.vpcId }))).body.securityGroups.securityGroup;
  assert.deepEqual(sdkGroups.map((g) => g.securityGroupId), [sg.SecurityGroupId]);

  const instance = await throughStarting(['instance', 'run', '--vswitch', estate.vSwitch1, '--security-group', sg.SecurityGroupId, '--name', 'web-1'],
    (item) => item.InstanceName === 'web-1');
  assert.match(instance.InstanceId, /^i-/);
  assert.equal(instance.Status, 'Running');
  assert.equal(instance.InstanceName, 'web-1');
  assert.equal(instance.InstanceType, 'ecs.g7.large');
  assert.equal(instance.VpcAttributes.VSwitchId, estate.vSwitch1);
  assert.deepEqual(instance.SecurityGroupIds.SecurityGroupId, [sg.SecurityGroupId]);
  estate.instance = instance.InstanceId;
  estate.instanceIp = instance.VpcAttributes.PrivateIpAddress.IpAddress[0];
  await assertSameAsServer('instance', await user.json(['instance', 'show', instance.InstanceId]), instance.InstanceId);
});

test('eni create, then eni attach waits for InUse', async () => {
  await ready();
  const eni = await user.json(['eni', 'create', '--vswitch', estate.vSwitch1, '--security-group', estate.sg, '--name', 'data', '--secondary-ips', '1']);
  assert.match(eni.NetworkInterfaceId, /^eni-/);
  assert.equal(eni.Status, 'Available');
  assert.equal(eni.Type, 'Secondary');
  assert.equal(eni.NetworkInterfaceName, 'data');
  assert.equal(eni.PrivateIpSets.PrivateIpSet.length, 2);
  estate.eni = eni.NetworkInterfaceId;

  const attached = await user.json(['eni', 'attach', eni.NetworkInterfaceId, '--instance', estate.instance]);
  assert.equal(attached.Status, 'InUse');
  assert.equal(attached.InstanceId, estate.instance);
  const sdkEni = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [eni.NetworkInterfaceId] }))).body.networkInterfaceSets.networkInterfaceSet[0];
  assert.equal(sdkEni.status, 'InUse');
  assert.equal(sdkEni.instanceId, estate.instance);
  await assertSameAsServer('eni', await user.json(['eni', 'show', eni.NetworkInterfaceId]), eni.NetworkInterfaceId);
});

test('nat create waits for Available; with an EIP bound by eip associate, snat add and dnat add make entries the server lists', async () => {
  await ready();
  const nat = await user.json(['nat', 'create', '--vswitch', estate.vSwitch1, '--name', 'egress']);
  assert.match(nat.NatGatewayId, /^ngw-/);
  assert.equal(nat.Status, 'Available');
  assert.equal(nat.VpcId, estate.vpcId, 'the VPC is the vSwitch\'s');
  assert.equal(nat.NatGatewayPrivateInfo.VswitchId, estate.vSwitch1);
  estate.nat = nat.NatGatewayId;

  const eip = await user.json(['eip', 'allocate', '--name', 'nat-egress']);
  const bound = await user.json(['eip', 'associate', eip.AllocationId, nat.NatGatewayId]);
  assert.equal(bound.Status, 'InUse');
  assert.equal(bound.InstanceId, nat.NatGatewayId);
  estate.eip = eip.AllocationId;
  estate.eipAddress = eip.IpAddress;

  const snat = await user.json(['nat', 'snat', 'add', '--nat', nat.NatGatewayId, '--vswitch', estate.vSwitch1, '--ip', eip.IpAddress, '--name', 'front-out']);
  assert.match(snat.SnatEntryId, /^snat-/);
  assert.equal(snat.SnatIp, eip.IpAddress);
  assert.equal(snat.SourceVSwitchId, estate.vSwitch1);
  assert.equal(snat.SourceCIDR, '10.0.1.0/24');
  assert.equal(snat.SnatTableId, nat.SnatTableIds.SnatTableId[0]);
  // Without --ip, the gateway's only EIP.
  const byCidr = await user.json(['nat', 'snat', 'add', '--nat', nat.NatGatewayId, '--cidr', '192.168.10.0/24']);
  assert.equal(byCidr.SnatIp, eip.IpAddress);
  assert.equal(byCidr.SourceCIDR, '192.168.10.0/24');
  estate.snats = [snat.SnatEntryId, byCidr.SnatEntryId];
  const sdkSnat = (await acct.vpc.describeSnatTableEntries(new Vpc.DescribeSnatTableEntriesRequest({
    regionId: REGION, snatTableId: nat.SnatTableIds.SnatTableId[0],
  }))).body.snatTableEntries.snatTableEntry;
  assert.deepEqual(sdkSnat.map((e) => e.snatEntryId).sort(), [...estate.snats].sort());

  const dnat = await user.json(['nat', 'dnat', 'add', '--nat', nat.NatGatewayId, '--external-ip', eip.IpAddress, '--external-port', '80',
    '--internal-ip', estate.instanceIp, '--internal-port', '8080', '--protocol', 'tcp', '--name', 'web']);
  assert.match(dnat.ForwardEntryId, /^fwd-/);
  assert.deepEqual([dnat.ExternalIp, dnat.ExternalPort, dnat.InternalIp, dnat.InternalPort, dnat.IpProtocol],
    [eip.IpAddress, '80', estate.instanceIp, '8080', 'tcp']);
  assert.equal(dnat.ForwardTableId, nat.ForwardTableIds.ForwardTableId[0]);
  estate.dnat = dnat.ForwardEntryId;
  const sdkDnat = (await acct.vpc.describeForwardTableEntries(new Vpc.DescribeForwardTableEntriesRequest({
    regionId: REGION, forwardTableId: nat.ForwardTableIds.ForwardTableId[0],
  }))).body.forwardTableEntries.forwardTableEntry;
  assert.deepEqual(sdkDnat.map((e) => [e.forwardEntryId, e.externalPort, e.internalPort]), [[dnat.ForwardEntryId, '80', '8080']]);

  const shown = await user.json(['nat', 'show', nat.NatGatewayId]);
  assert.deepEqual(shown.IpLists.IpList.map((ip) => [ip.IpAddress, ip.UsingStatus]), [[eip.IpAddress, 'UsedByForwardSnatTable']]);
  await assertSameAsServer('nat', shown, nat.NatGatewayId);
});

test('havip create and havip attach make the instance its master', async () => {
  await ready();
  const haVip = await user.json(['havip', 'create', '--vswitch', estate.vSwitch1, '--ip', '10.0.1.200', '--name', 'vip']);
  assert.match(haVip.HaVipId, /^havip-/);
  assert.equal(haVip.IpAddress, '10.0.1.200');
  assert.equal(haVip.Status, 'Available');
  estate.haVip = haVip.HaVipId;
  const attached = await user.json(['havip', 'attach', haVip.HaVipId, '--instance', estate.instance]);
  assert.equal(attached.Status, 'InUse');
  assert.equal(attached.MasterInstanceId, estate.instance);
  assert.deepEqual(attached.AssociatedInstances.associatedInstance, [estate.instance]);
  await assertSameAsServer('havip', await user.json(['havip', 'show', haVip.HaVipId]), haVip.HaVipId);
});

test('lb create makes a CLB, an ALB and an NLB (zones read from the vSwitches); show infers the kind from the id', async () => {
  await ready();
  const clb = await user.json(['lb', 'create', '--type', 'clb', '--vswitch', estate.vSwitch1, '--name', 'classic']);
  assert.equal(clb.Kind, 'clb');
  assert.match(clb.LoadBalancerId, /^lb-/);
  assert.equal(clb.AddressType, 'intranet');
  assert.equal(clb.VpcId, estate.vpcId);
  assert.equal(clb.VSwitchId, estate.vSwitch1);
  assert.equal(clb.LoadBalancerStatus, 'active');

  const alb = await user.json(['lb', 'create', '--type', 'alb', '--vswitch', estate.vSwitch1, '--vswitch', estate.vSwitch2, '--name', 'app']);
  const nlb = await user.json(['lb', 'create', '--type', 'nlb', '--vswitch', estate.vSwitch1, '--vswitch', estate.vSwitch2]);
  for (const [lb, kind, prefix] of [[alb, 'alb', /^alb-/], [nlb, 'nlb', /^nlb-/]]) {
    assert.equal(lb.Kind, kind);
    assert.match(lb.LoadBalancerId, prefix);
    assert.equal(lb.LoadBalancerStatus, 'Active');
    assert.equal(lb.AddressType, 'Intranet');
    assert.equal(lb.VpcId, estate.vpcId);
    assert.deepEqual(lb.ZoneMappings.map((z) => [z.ZoneId, z.VSwitchId]), [[estate.zone1, estate.vSwitch1], [estate.zone2, estate.vSwitch2]]);
  }
  estate.lbs = { clb: clb.LoadBalancerId, alb: alb.LoadBalancerId, nlb: nlb.LoadBalancerId };
  for (const [kind, id] of Object.entries(estate.lbs)) await assertSameAsServer(kind, await user.json(['lb', 'show', id]), id);
});

test('every list shows the estate, all pages gathered, each item as the server lists it', async () => {
  await ready();
  const lists = [
    [['vpc', 'list'], 'VpcId', [estate.vpcId]],
    [['vswitch', 'list', '--vpc', estate.vpcId], 'VSwitchId', [estate.vSwitch1, estate.vSwitch2]],
    [['sg', 'list', '--vpc', estate.vpcId], 'SecurityGroupId', [estate.sg]],
    [['instance', 'list'], 'InstanceId', [estate.instance]],
    [['eni', 'list', '--instance', estate.instance, '--type', 'Secondary'], 'NetworkInterfaceId', [estate.eni]],
    [['nat', 'list', '--vpc', estate.vpcId], 'NatGatewayId', [estate.nat]],
    [['nat', 'snat', 'list', '--nat', estate.nat], 'SnatEntryId', estate.snats],
    [['nat', 'dnat', 'list', '--nat', estate.nat], 'ForwardEntryId', [estate.dnat]],
    [['havip', 'list', '--vswitch', estate.vSwitch1], 'HaVipId', [estate.haVip]],
  ];
  for (const [args, field, expected] of lists) {
    const items = await user.json(args);
    assert.ok(Array.isArray(items), `${args.join(' ')} prints an array`);
    assert.deepEqual(ids(items, field).sort(), [...expected].sort(), args.join(' '));
  }
  const all = await user.json(['eni', 'list']);
  assert.deepEqual(all.map((e) => e.Type).sort(), ['Primary', 'Secondary'], 'the instance\'s primary ENI and the secondary one');

  const lbs = await user.json(['lb', 'list']);
  assert.deepEqual(lbs.map((lb) => [lb.Kind, lb.LoadBalancerId]),
    [['clb', estate.lbs.clb], ['alb', estate.lbs.alb], ['nlb', estate.lbs.nlb]]);
  for (const lb of lbs) await assertSameAsServer(lb.Kind, lb, lb.LoadBalancerId);
  assert.deepEqual(ids(await user.json(['lb', 'list', '--type', 'alb']), 'LoadBalancerId'), [estate.lbs.alb]);
  assert.deepEqual(ids(await user.json(['lb', 'list', '--type', 'nlb', '--vpc', estate.vpcId]), 'LoadBalancerId'), [estate.lbs.nlb]);
});

test('sg list gathers every page (DescribeSecurityGroups pages by 50 and always answers NextToken "")', async () => {
  await ready();
  const { body } = await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '172.16.0.0/16' }));
  const made = await Promise.all(Array.from({ length: 53 }, (_, i) =>
    ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: body.vpcId, securityGroupName: `many-${i}` }))));
  const listed = await user.json(['sg', 'list', '--vpc', body.vpcId]);
  assert.deepEqual(ids(listed, 'SecurityGroupId').sort(), made.map((r) => r.body.securityGroupId).sort());
  const deleted = await user.json(['sg', 'delete', ...ids(listed, 'SecurityGroupId')]);
  assert.equal(deleted.length, 53);
  await user.json(['vpc', 'delete', body.vpcId]);
});

test('without -o json the verbs print tables with the ids', async () => {
  await ready();
  const instances = await user.ok(['instance', 'list']);
  assert.match(instances.stdout, new RegExp(`│ ${estate.instance} +│ web-1 +│ Running `));
  assert.match(instances.stdout, /^1 item$/m);
  const lbs = await user.ok(['lb', 'list']);
  for (const id of Object.values(estate.lbs)) assert.ok(lbs.stdout.includes(id), `lb list shows ${id}:\n${lbs.stdout}`);
  assert.match(lbs.stdout, /^3 items$/m);
  const snat = await user.ok(['nat', 'snat', 'list', '--nat', estate.nat]);
  for (const id of estate.snats) assert.ok(snat.stdout.includes(id));
  const show = await user.ok(['nat', 'show', estate.nat]);
  assert.match(show.stdout, new RegExp(`│ NatGatewayId +│ ${estate.nat} +│`));
  assert.match(show.stdout, new RegExp(`│ Eips +│ ${estate.eipAddress.replaceAll('.', '\\.')} +│`));
  for (const r of [instances, lbs, snat, show]) assertNoStackTrace(r);
});

test('a bad id is the Alibaba error: exit 1, its Code, Message and RequestId on stderr', async () => {
  await ready();
  const cases = [
    [['instance', 'show', 'i-nosuchinstance'], 'InvalidInstanceId.NotFound'],
    [['instance', 'stop', 'i-nosuchinstance'], 'InvalidInstanceId.NotFound'],
    [['eni', 'show', 'eni-nosuch'], 'InvalidEniId.NotFound'],
    [['eni', 'attach', 'eni-nosuch', '--instance', estate.instance], 'InvalidEniId.NotFound'],
    [['nat', 'show', 'ngw-nosuch'], 'InvalidNatGatewayId.NotFound'],
    [['nat', 'snat', 'list', '--nat', 'ngw-nosuch'], 'InvalidNatGatewayId.NotFound'],
    [['nat', 'dnat', 'remove', 'fwd-nosuch', '--nat', estate.nat], 'InvalidForwardEntryId.NotFound'],
    [['havip', 'show', 'havip-nosuch'], 'InvalidHaVipId.NotFound'],
    [['lb', 'show', 'lb-nosuch'], 'InvalidLoadBalancerId.NotFound'],
    [['lb', 'show', 'alb-nosuch'], 'ResourceNotFound.LoadBalancer'],
    [['lb', 'delete', 'nlb-nosuch'], 'ResourceNotFound.LoadBalancer'],
    [['vpc', 'show', 'vpc-nosuch'], 'InvalidVpcId.NotFound'],
    [['vswitch', 'delete', 'vsw-nosuch'], 'InvalidVSwitchId.NotFound'],
    [['sg', 'delete', 'sg-nosuch'], 'InvalidSecurityGroupId.NotFound'],
  ];
  for (const [args, code] of cases) assertApiError(await user.run([...args, '-o', 'json']), code);
  // The server's refusals come through too: a VPC with vSwitches cannot be deleted.
  assertApiError(await user.run(['vpc', 'delete', estate.vpcId]), 'DependencyViolation.VSwitch');
});

test('usage problems exit 2 with the reason on stderr', async () => {
  await ready();
  const cases = [
    [['lb', 'show', 'foo-123'], /Cannot tell the kind of 'foo-123'/],
    [['lb', 'create', '--type', 'elb'], /elb/],
    [['lb', 'create', '--type', 'clb', '--vswitch', estate.vSwitch1, '--vswitch', estate.vSwitch2], /one vSwitch/],
    [['nat', 'snat', 'add', '--nat', estate.nat], /--vswitch vsw-… or --cidr/],
    [['havip', 'attach', estate.haVip, '--instance', 'lb-1'], /instance \(i-…\) or an ENI/],
    [['instance', 'run', '--vswitch', estate.vSwitch1], /--security-group/],
  ];
  for (const [args, message] of cases) {
    const r = await user.run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
    assertNoStackTrace(r);
  }
});

test('--no-wait returns at once with a transitional or final state', async () => {
  await ready();
  const instance = await user.json(['instance', 'run', '--vswitch', estate.vSwitch1, '--security-group', estate.sg, '--count', '1', '--no-wait']);
  assert.equal(instance.length, 1, '--count prints a list');
  assert.ok(['Pending', 'Starting'].includes(instance[0].Status), `${instance[0].Status}: the instance starts for ${STARTING_SECONDS} s`);
  estate.instance2 = instance[0].InstanceId;
  const nat = await user.json(['nat', 'create', '--vswitch', estate.vSwitch2, '--no-wait']);
  assert.ok(['Creating', 'Available'].includes(nat.Status), nat.Status);
  assert.deepEqual(await user.json(['nat', 'delete', nat.NatGatewayId, '--no-wait']), [nat.NatGatewayId]);
});

test('vpc is still the generic form\'s product: an action name goes to the API, and vpc --help shows both', async () => {
  await ready();
  const body = await user.json(['vpc', 'DescribeVpcs', '--VpcId', estate.vpcId]);
  assert.deepEqual(body.Vpcs.Vpc.map((v) => v.VpcId), [estate.vpcId]);
  assert.match(body.RequestId, /^[0-9A-F-]{36}$/);
  const help = await user.ok(['vpc', '--help']);
  assert.match(help.stdout, /Any action: openeip vpc <Action>/);
  for (const verb of ['list', 'show', 'create', 'delete']) assert.match(help.stdout, new RegExp(`^\\s+${verb}\\b`, 'm'));
  const root = await user.ok(['--help']);
  for (const command of ['instance', 'eni', 'sg', 'nat', 'havip', 'lb', 'vpc', 'vswitch']) assert.match(root.stdout, new RegExp(`^\\s+${command}\\b`, 'm'));
});

test('the estate comes down in reverse with the delete verbs, each resource gone', async () => {
  await ready();
  const deletedLbs = await user.json(['lb', 'delete', estate.lbs.nlb, estate.lbs.alb, estate.lbs.clb]);
  assert.deepEqual(deletedLbs, [estate.lbs.nlb, estate.lbs.alb, estate.lbs.clb]);
  assert.deepEqual(await user.json(['lb', 'list']), []);
  assert.deepEqual(at(await raw('slb', 'DescribeLoadBalancers'), 'LoadBalancers.LoadBalancer'), []);
  assert.deepEqual(at(await raw('alb', 'ListLoadBalancers'), 'LoadBalancers'), []);
  assert.deepEqual(at(await raw('nlb', 'ListLoadBalancers'), 'LoadBalancers'), []);

  const detached = await user.json(['havip', 'detach', estate.haVip, '--instance', estate.instance]);
  assert.equal(detached.Status, 'Available');
  assert.deepEqual(detached.AssociatedInstances.associatedInstance, []);
  assert.deepEqual(await user.json(['havip', 'delete', estate.haVip]), [estate.haVip]);
  assert.deepEqual(at(await raw('vpc', 'DescribeHaVips'), 'HaVips.HaVip'), []);

  assert.deepEqual(await user.json(['nat', 'dnat', 'remove', estate.dnat, '--nat', estate.nat]), [estate.dnat]);
  assert.deepEqual(await user.json(['nat', 'snat', 'remove', ...estate.snats, '--nat', estate.nat]), estate.snats);
  assert.deepEqual(at(await raw('vpc', 'DescribeSnatTableEntries', { NatGatewayId: estate.nat }), 'SnatTableEntries.SnatTableEntry'), []);
  assert.deepEqual(at(await raw('vpc', 'DescribeForwardTableEntries', { NatGatewayId: estate.nat }), 'ForwardTableEntries.ForwardTableEntry'), []);
  assert.equal((await user.json(['eip', 'unassociate', estate.eip])).Status, 'Available');
  await user.json(['eip', 'release', estate.eip]);
  assert.deepEqual(await user.json(['nat', 'delete', estate.nat]), [estate.nat]);
  assert.deepEqual(at(await raw('vpc', 'DescribeNatGateways'), 'NatGateways.NatGateway'), []);

  const eni = await user.json(['eni', 'detach', estate.eni]);
  assert.equal(eni.Status, 'Available', 'detach finds the instance itself');
  assert.equal(eni.InstanceId, '');
  assert.deepEqual(await user.json(['eni', 'delete', estate.eni]), [estate.eni]);
  assert.deepEqual(at(await raw('ecs', 'DescribeNetworkInterfaces', { Type: 'Secondary' }), 'NetworkInterfaceSets.NetworkInterfaceSet'), []);

  assert.equal((await user.json(['instance', 'stop', estate.instance])).Status, 'Stopped');
  const started = await throughStarting(['instance', 'start', estate.instance], (item) => item.InstanceId === estate.instance);
  assert.equal(started.Status, 'Running');
  assert.equal(at(await raw('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([estate.instance2]) }), 'Instances.Instance')[0].Status, 'Running',
    'the --no-wait instance is Running once the clock has moved on');
  const both = await user.json(['instance', 'stop', estate.instance, estate.instance2, '--force']);
  assert.deepEqual(both.map((i) => [i.InstanceId, i.Status]), [[estate.instance, 'Stopped'], [estate.instance2, 'Stopped']]);
  assert.equal((await throughStarting(['instance', 'start', estate.instance2], (item) => item.InstanceId === estate.instance2)).Status, 'Running');
  assert.deepEqual(await user.json(['instance', 'delete', estate.instance, estate.instance2, '--force']), [estate.instance, estate.instance2]);
  assert.deepEqual(at(await raw('ecs', 'DescribeInstances'), 'Instances.Instance'), []);

  assert.deepEqual(await user.json(['sg', 'delete', estate.sg]), [estate.sg]);
  assert.deepEqual(await user.json(['vswitch', 'delete', estate.vSwitch1, estate.vSwitch2]), [estate.vSwitch1, estate.vSwitch2]);
  assert.deepEqual(await user.json(['vpc', 'delete', estate.vpcId]), [estate.vpcId]);
  assert.deepEqual(at(await raw('ecs', 'DescribeSecurityGroups'), 'SecurityGroups.SecurityGroup'), []);
  assert.deepEqual(at(await raw('vpc', 'DescribeVSwitches'), 'VSwitches.VSwitch'), []);
  assert.deepEqual(await user.json(['vpc', 'list']), []);
  const deleted = await user.ok(['vpc', 'list']);
  assert.match(deleted.stdout, /^0 items$/m);
});
