// What Terraform's alicloud_havip, alicloud_havip_attachment, alicloud_network_interface (alias
// alicloud_ecs_network_interface) and alicloud_network_interface_attachment do against OpenEip: their
// call sequences as the provider sends them and every response read the way its Go code reads it;
// the new actions (ModifyHaVipAttribute, ModifyNetworkInterfaceAttribute, ECS TagResources /
// UntagResources / ListTagResources for ENIs, HAVIP tags) also through the official SDKs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc, REGION } from './lib/harness.mjs';
import { Lab, Ecs, FAST_COMPUTE, until } from './lib/lab.mjs';
import {
  VPC, ECS, rpcPost, rpcPostExpectingError, tagParams, readHaVip, readHaVipAttachment, readEni, readEniAttachment, readTagResources, asString,
} from './lib/terraform.mjs';

const ctx = useServer({ env: FAST_COMPUTE });

/** DescribeHaVips as VpcServiceV2.DescribeVpcHaVip sends it: Filter.1.Key=HaVipId, Filter.1.Value.1=<id>. */
const tfDescribeHaVip = (acct, id) => rpcPost(acct, VPC, 'DescribeHaVips', { RegionId: REGION, 'Filter.1.Key': 'HaVipId', 'Filter.1.Value.1': id });
/** DescribeVpcHaVipAttachment's request: sjson's literal "Filter[0].Value[0]" and no Key, i.e. an unfiltered first page. */
const tfDescribeHaVipAttachment = (acct, id) => rpcPost(acct, VPC, 'DescribeHaVips', { RegionId: REGION, 'Filter[0].Value[0]': id });
const tfDescribeEni = (acct, id) => rpcPost(acct, ECS, 'DescribeNetworkInterfaces', { RegionId: REGION, 'NetworkInterfaceId.1': id });
const ecsTags = async (acct, id) => readTagResources(await rpcPost(acct, ECS, 'ListTagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': id }));

describe('alicloud_havip and alicloud_havip_attachment', () => {
  it('create, wait for Available, read through the HaVipId filter, update (ModifyHaVipAttribute, HAVIP tags), attach and detach, delete', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const instance = await lab.instance();
    await lab.haVip(); // a second HaVip, so the HaVipId filter has something to leave out
    const created = await rpcPost(lab.acct, VPC, 'CreateHaVip', {
      RegionId: REGION, ClientToken: 'TF-CreateHaVip-1', VSwitchId: lab.vSwitchId, IpAddress: '10.0.1.200', Description: 'vip', Name: 'tf-havip',
    });
    const id = String(created.HaVipId);
    const read = async () => readHaVip(await tfDescribeHaVip(lab.acct, id), id);
    let haVip = await until('HaVip Available', read, (h) => `${h?.Status}` === 'Available');
    assert.deepEqual([haVip.Name, haVip.Description, haVip.IpAddress, haVip.VSwitchId, haVip.VpcId], ['tf-havip', 'vip', '10.0.1.200', lab.vSwitchId, lab.vpcId]);
    assert.deepEqual(haVip.tags, {});

    await rpcPost(lab.acct, VPC, 'ModifyHaVipAttribute', { HaVipId: id, RegionId: REGION, ClientToken: 'TF-ModifyHaVipAttribute-1', Description: 'vip2', Name: 'renamed' });
    await rpcPost(lab.acct, VPC, 'TagResources', { 'ResourceId.1': id, RegionId: REGION, ResourceType: 'HAVIP', ...tagParams({ app: 'db', tier: 'data' }) });
    await rpcPost(lab.acct, VPC, 'UnTagResources', { 'ResourceId.1': id, RegionId: REGION, ResourceType: 'HAVIP', 'TagKey.1': 'tier' });
    haVip = await read();
    assert.equal(haVip.Name, 'renamed');
    assert.equal(haVip.Description, 'vip2');
    assert.deepEqual(haVip.tags, { app: 'db' });

    // alicloud_havip_attachment, id "<HaVipId>:<InstanceId>"
    await rpcPost(lab.acct, VPC, 'AssociateHaVip', { InstanceId: instance, HaVipId: id, RegionId: REGION, ClientToken: 'TF-AssociateHaVip-1', InstanceType: 'EcsInstance' });
    await until('HaVip InUse', read, (h) => h?.Status === 'InUse');
    assert.deepEqual(readHaVipAttachment(await tfDescribeHaVipAttachment(lab.acct, id), id, instance), { instanceType: 'EcsInstance', status: 'InUse' });
    await rpcPost(lab.acct, VPC, 'UnassociateHaVip', { InstanceId: instance, HaVipId: id, RegionId: REGION, ClientToken: 'TF-UnassociateHaVip-1', InstanceType: 'EcsInstance' });
    assert.equal(readHaVipAttachment(await tfDescribeHaVipAttachment(lab.acct, id), id, instance), null);

    await rpcPost(lab.acct, VPC, 'DeleteHaVip', { HaVipId: id, RegionId: REGION, ClientToken: 'TF-DeleteHaVip-1' });
    assert.equal(await read(), null, 'an empty HaVips.HaVip with the filter: the delete wait is over');
    assert.deepEqual(readTagResources(await rpcPost(lab.acct, VPC, 'ListTagResources', { RegionId: REGION, ResourceType: 'HAVIP', 'ResourceId.1': id })), {});
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'DeleteHaVip', { HaVipId: id, RegionId: REGION })).code, 'InvalidHaVipId.NotFound');
  });

  it('the legacy reader pages DescribeHaVips (PageSize 20) without a filter and asserts HaVipId and Status strings', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const ids = [await lab.haVip(), await lab.haVip()];
    const body = await rpcPost(lab.acct, VPC, 'DescribeHaVips', { RegionId: REGION, PageNumber: 1, PageSize: 20 });
    const listed = body.HaVips.HaVip.map((h) => [asString(h.HaVipId, 'HaVipId'), asString(h.Status, 'Status')]);
    assert.deepEqual(listed.map(([hid]) => hid).sort(), ids.sort());
    assert.equal(body.PageSize, 20);
  });

  it('ModifyHaVipAttribute refuses bad names and unknown HaVips; the official SDK modifies and reads the tags', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const { haVipId } = (await lab.vpc.createHaVip(new Vpc.CreateHaVipRequest({
      regionId: REGION, vSwitchId: lab.vSwitchId, tag: [new Vpc.CreateHaVipRequestTag({ key: 'k', value: 'v' })],
    }))).body;
    await lab.vpc.modifyHaVipAttribute(new Vpc.ModifyHaVipAttributeRequest({ regionId: REGION, haVipId, name: 'sdk', description: 'desc' }));
    const view = await lab.haVipView(haVipId);
    assert.equal(view.name, 'sdk');
    assert.equal(view.description, 'desc');
    assert.deepEqual(view.tags.tag.map((t) => ({ ...t })), [{ key: 'k', value: 'v' }]);
    await expectError(lab.vpc.modifyHaVipAttribute(new Vpc.ModifyHaVipAttributeRequest({ regionId: REGION, haVipId, name: 'http://x' })), { code: 'InvalidParameter', status: 400 });
    await expectError(lab.vpc.modifyHaVipAttribute(new Vpc.ModifyHaVipAttributeRequest({ regionId: REGION, haVipId: 'havip-missing', name: 'x' })), { code: 'InvalidHaVipId.NotFound', status: 404 });
    const stranger = await ctx.harness.createAccount();
    await expectError(stranger.vpc.modifyHaVipAttribute(new Vpc.ModifyHaVipAttributeRequest({ regionId: REGION, haVipId, name: 'mine' })), { code: 'InvalidHaVipId.NotFound', status: 404 });
  });
});

describe('alicloud_network_interface and alicloud_network_interface_attachment', () => {
  it('create with Tag.N, wait for Available, read every object the provider indexes into, update (ECS tags, ModifyNetworkInterfaceAttribute), delete', async () => {
    const lab = await Lab.create(ctx);
    const otherGroup = await lab.securityGroup('second');
    const created = await rpcPost(lab.acct, ECS, 'CreateNetworkInterface', {
      RegionId: REGION, VSwitchId: lab.vSwitchId, 'SecurityGroupIds.1': lab.securityGroupId, NetworkInterfaceName: 'tf-eni', Description: 'made by terraform',
      'PrivateIpAddress.1': '10.0.1.77', ...tagParams({ env: 'test' }),
    });
    const id = String(created.NetworkInterfaceId);
    const read = async () => readEni(await tfDescribeEni(lab.acct, id), id);
    let eni = await until('ENI Available', read, (e) => `${e?.Status}` === 'Available');
    assert.equal(eni.NetworkInterfaceName, 'tf-eni');
    assert.equal(eni.Description, 'made by terraform');
    assert.deepEqual(eni.privateIps, ['10.0.1.77']);
    assert.deepEqual(eni.ipv6, []);
    assert.deepEqual(eni.prefixes, []);
    assert.equal(eni.queueNumber, 0);
    assert.equal(eni.QueueNumber, undefined, 'QueueNumber is absent (queues are not modelled)');
    assert.deepEqual(eni.securityGroupIds, [lab.securityGroupId]);
    assert.equal(eni.Type, 'Secondary');
    assert.equal(eni.NetworkInterfaceTrafficMode, 'Standard');
    assert.equal(eni.VSwitchId, lab.vSwitchId);
    assert.match(eni.MacAddress, /^00:16:3e:/);
    assert.equal('Attachment' in eni, false, 'no Attachment while detached (null would panic)');
    assert.deepEqual(await ecsTags(lab.acct, id), { env: 'test' });

    // Update as the provider does: UntagResources (lower-case t) / TagResources, then ModifyNetworkInterfaceAttribute.
    await rpcPost(lab.acct, ECS, 'UntagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': id, 'TagKey.1': 'env' });
    await rpcPost(lab.acct, ECS, 'TagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': id, ...tagParams({ env: 'prod', team: 'a' }) });
    await rpcPost(lab.acct, ECS, 'ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: id, RegionId: REGION, Description: 'd2', NetworkInterfaceName: 'renamed', 'SecurityGroupId.1': otherGroup, 'SecurityGroupId.2': lab.securityGroupId,
    });
    eni = await read();
    assert.equal(eni.Description, 'd2');
    assert.equal(eni.NetworkInterfaceName, 'renamed');
    assert.deepEqual(eni.securityGroupIds, [otherGroup, lab.securityGroupId]);
    assert.deepEqual(eni.Tags, { Tag: [{ TagKey: 'env', TagValue: 'prod' }, { TagKey: 'team', TagValue: 'a' }] });
    assert.deepEqual(await ecsTags(lab.acct, id), { env: 'prod', team: 'a' });

    // The delete wait's target: an empty NetworkInterfaceSet. Its tags went with it.
    await rpcPost(lab.acct, ECS, 'DeleteNetworkInterface', { NetworkInterfaceId: id, RegionId: REGION });
    assert.equal(await read(), null);
    assert.deepEqual(await ecsTags(lab.acct, id), {});
    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'DeleteNetworkInterface', { NetworkInterfaceId: id, RegionId: REGION })).code, 'InvalidEniId.NotFound');
  });

  it('attach, read through NetworkInterfaceId.1 and InstanceId (Attachment an object), another instance finds nothing, detach', async () => {
    const lab = await Lab.create(ctx);
    const [instance, other] = await lab.launch({ amount: 2 });
    const eniId = await lab.eni();
    await rpcPost(lab.acct, ECS, 'AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eniId, InstanceId: instance });
    await until('ENI InUse', async () => readEni(await tfDescribeEni(lab.acct, eniId), eniId), (e) => e?.Status === 'InUse');
    const id = `${eniId}:${instance}`;
    const [eniPart, instancePart] = id.split(':');
    const readAttachment = (instanceId) => rpcPost(lab.acct, ECS, 'DescribeNetworkInterfaces', { RegionId: REGION, 'NetworkInterfaceId.1': eniPart, InstanceId: instanceId });

    const attached = readEniAttachment(await readAttachment(instancePart), eniPart);
    assert.equal(attached.InstanceId, instance);
    assert.deepEqual(attached.attachment, { InstanceId: instance, NetworkCardIndex: 0, TrunkNetworkInterfaceId: '' });
    assert.equal(readEniAttachment(await readAttachment(other), eniPart), null, 'the InstanceId filter is applied');

    await rpcPost(lab.acct, ECS, 'DetachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eniPart, InstanceId: instancePart });
    const eni = await until('ENI Available', async () => readEni(await tfDescribeEni(lab.acct, eniId), eniId), (e) => e?.Status === 'Available');
    assert.equal('Attachment' in eni, false);
    assert.equal(readEniAttachment(await readAttachment(instancePart), eniPart), null);
  });

  it('what ENIs here do not have is refused, not dropped: IPv6, IPv4 prefixes, queues, trunk ENIs, high-performance mode; security groups are checked', async () => {
    const lab = await Lab.create(ctx);
    const create = (fields) => rpcPostExpectingError(lab.acct, ECS, 'CreateNetworkInterface', { RegionId: REGION, VSwitchId: lab.vSwitchId, 'SecurityGroupIds.1': lab.securityGroupId, ...fields });
    assert.equal((await create({ Ipv6AddressCount: 1 })).code, 'OperationUnsupported.Ipv6Address');
    assert.equal((await create({ 'Ipv6Address.1': '2408::1' })).code, 'OperationUnsupported.Ipv6Address');
    assert.equal((await create({ Ipv4PrefixCount: 1 })).code, 'OperationUnsupported.Ipv4Prefix');
    assert.equal((await create({ QueueNumber: 2 })).code, 'OperationUnsupported.QueueNumber');
    assert.equal((await create({ InstanceType: 'Trunk' })).code, 'InvalidParameter');
    assert.equal((await create({ NetworkInterfaceTrafficMode: 'HighPerformance' })).code, 'InvalidParameter');
    assert.equal((await create({ ...tagParams({ 'acs:reserved': 'x' }) })).code, 'InvalidParameter');

    const eniId = await lab.eni();
    const modify = (fields) => rpcPostExpectingError(lab.acct, ECS, 'ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eniId, RegionId: REGION, ...fields });
    assert.equal((await modify({ QueueNumber: 4 })).code, 'OperationUnsupported.QueueNumber');
    assert.equal((await modify({ 'SecurityGroupId.1': 'sg-missing' })).code, 'InvalidSecurityGroupId.NotFound');
    const otherVpc = (await lab.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION }))).body.vpcId;
    const foreignGroup = (await lab.ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId: otherVpc }))).body.securityGroupId;
    assert.equal((await modify({ 'SecurityGroupId.1': foreignGroup })).code, 'InvalidSecurityGroupId.VPCMismatch');
    assert.equal((await modify({ NetworkInterfaceName: 'http://x' })).code, 'InvalidParameter');
    assert.equal((await modify({ NetworkInterfaceId: 'eni-missing', Description: 'x' })).code, 'InvalidEniId.NotFound');
    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'AssignPrivateIpAddresses', { NetworkInterfaceId: eniId, RegionId: REGION, Ipv4PrefixCount: 1 })).code, 'OperationUnsupported.Ipv4Prefix');
    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'UnassignPrivateIpAddresses', { NetworkInterfaceId: eniId, RegionId: REGION, 'Ipv4Prefix.1': '10.0.1.16/28' })).code, 'OperationUnsupported.Ipv4Prefix');

    // alicloud_network_interface_attachment's optional parameters: one network card (index 0), no trunk ENIs.
    const instance = await lab.instance();
    const attach = (fields) => rpcPostExpectingError(lab.acct, ECS, 'AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eniId, InstanceId: instance, ...fields });
    assert.equal((await attach({ NetworkCardIndex: 1 })).code, 'OperationUnsupported.NetworkCardIndex');
    assert.equal((await attach({ TrunkNetworkInstanceId: 'eni-trunk' })).code, 'OperationUnsupported.TrunkNetworkInstanceId');
    await rpcPost(lab.acct, ECS, 'AttachNetworkInterface', { RegionId: REGION, NetworkInterfaceId: eniId, InstanceId: instance, NetworkCardIndex: 0, WaitForNetworkConfigurationReady: true });
  });

  it('ECS tags: ResourceType eni only, tags of another account\'s ENI are not found, ListTagResources pages by 50 with NextToken', async () => {
    const lab = await Lab.create(ctx);
    const enis = [await lab.eni(), await lab.eni(), await lab.eni()];
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${String(i).padStart(2, '0')}`, `v${i}`]));
    for (const id of enis) await rpcPost(lab.acct, ECS, 'TagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': id, ...tagParams(twenty) });

    const list = (extra = {}) => rpcPost(lab.acct, ECS, 'ListTagResources', { RegionId: REGION, ResourceType: 'eni', ...Object.fromEntries(enis.map((id, i) => [`ResourceId.${i + 1}`, id])), ...extra });
    const first = await list();
    assert.equal(first.TagResources.TagResource.length, 50);
    assert.notEqual(first.NextToken, '');
    const second = await list({ NextToken: first.NextToken });
    assert.equal(second.TagResources.TagResource.length, 10);
    assert.equal(second.NextToken, '');
    assert.ok(second.TagResources.TagResource.every((t) => t.ResourceType === 'eni'));

    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'TagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': enis[0], ...tagParams({ one: 'too many' }) })).code, 'QuotaExceeded.TagNum');
    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'TagResources', { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': enis[0], ...tagParams({ a: 'b' }) })).code, 'InvalidParameter');
    assert.equal((await rpcPostExpectingError(lab.acct, ECS, 'ListTagResources', { RegionId: REGION, ResourceType: 'eni', 'TagFilter.1.TagKey': 'key00' })).code, 'OperationUnsupported.TagFilter');
    // The VPC API tags no ENIs, and the ECS API none of the VPC API's types.
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'TagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': enis[0], ...tagParams({ a: 'b' }) })).code, 'InvalidParameter');
    const stranger = await ctx.harness.createAccount();
    assert.equal((await rpcPostExpectingError(stranger, ECS, 'TagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': enis[0], ...tagParams({ a: 'b' }) })).code, 'InvalidResourceId.NotFound');
    assert.deepEqual(readTagResources(await rpcPost(stranger, ECS, 'ListTagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': enis[0] })), {});

    await rpcPost(lab.acct, ECS, 'UntagResources', { RegionId: REGION, ResourceType: 'eni', 'ResourceId.1': enis[0], All: true });
    assert.deepEqual(await ecsTags(lab.acct, enis[0]), {});
  });

  it('the official ECS SDK: TagResources, ListTagResources, UntagResources, ModifyNetworkInterfaceAttribute, and DescribeNetworkInterfaces with tags and Attachment', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const eniId = await lab.eni({ attachTo: instance });
    await lab.ecs.tagResources(new Ecs.TagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [eniId], tag: [new Ecs.TagResourcesRequestTag({ key: 'k', value: 'v' })] }));
    const listed = (await lab.ecs.listTagResources(new Ecs.ListTagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [eniId] }))).body;
    assert.deepEqual(listed.tagResources.tagResource.map((t) => ({ ...t })), [{ resourceId: eniId, resourceType: 'eni', tagKey: 'k', tagValue: 'v' }]);
    await lab.ecs.modifyNetworkInterfaceAttribute(new Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId: REGION, networkInterfaceId: eniId, networkInterfaceName: 'sdk-eni' }));

    const view = await lab.eniView(eniId);
    assert.equal(view.networkInterfaceName, 'sdk-eni');
    assert.deepEqual(view.tags.tag.map((t) => ({ ...t })), [{ tagKey: 'k', tagValue: 'v' }]);
    assert.equal(view.attachment.instanceId, instance);
    assert.equal(view.attachment.networkCardIndex, 0);
    assert.deepEqual(view.ipv6Sets.ipv6Set, []);
    assert.deepEqual(view.ipv4PrefixSets.ipv4PrefixSet, []);

    await lab.ecs.untagResources(new Ecs.UntagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [eniId], tagKey: ['k'] }));
    assert.deepEqual((await lab.eniView(eniId)).tags.tag, []);
    await expectError(lab.ecs.untagResources(new Ecs.UntagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [eniId] })), { code: 'MissingParameter', status: 400 });
  });
});
