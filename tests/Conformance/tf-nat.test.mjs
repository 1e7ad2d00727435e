// What Terraform's alicloud_nat_gateway, alicloud_snat_entry and alicloud_forward_entry do against
// OpenEip: their create / read / update / delete / import call sequences as the provider sends them
// (tea-rpc V1 form POSTs), each response read the way the provider's Go code reads it, and the new
// actions (ModifyNatGatewayAttribute, DeletionProtection Type=NATGW, ModifySnatEntry, ModifyForwardEntry,
// NATGATEWAY tags) also through the official SDK.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc, REGION } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE, until } from './lib/lab.mjs';
import {
  VPC, rpcPost, rpcPostExpectingError, tagParams, readNatGateway, readTagResources, readSnatEntry, readForwardEntry,
} from './lib/terraform.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
// The provider waits for Available after create and after each modification; creation takes CREATING seconds here.
const CREATING = 600;
const slow = useServer({ env: { ...FAST_COMPUTE, OpenEip__Compute__NatGatewayCreatingSeconds: String(CREATING) } });
const NAT = { instanceType: 'Nat' };

const describeNat = (acct, id) => rpcPost(acct, VPC, 'DescribeNatGateways', { RegionId: REGION, NatGatewayId: id });
const natTags = async (acct, id) => readTagResources(await rpcPost(acct, VPC, 'ListTagResources', { RegionId: REGION, ResourceType: 'NATGATEWAY', 'ResourceId.1': id }));

/** resourceAliCloudNatGatewayCreate's request: NatType is always sent, empty when not configured. */
function createParams(lab, extra = {}) {
  return {
    RegionId: REGION, VpcId: lab.vpcId, VSwitchId: lab.vSwitchId, NatType: '', NetworkType: 'internet', InternetChargeType: 'PayByLcu',
    Name: 'tf-nat', Description: 'made by terraform', ClientToken: `TF-CreateNatGateway-${Date.now()}-${Math.random()}`, ...extra,
  };
}

/** A gateway with `n` EIPs bound (InUse); returns {natGatewayId, snatTableId, forwardTableId, eips: [{allocationId, ip}]}. */
async function gatewayWithEips(lab, n) {
  const ngw = (await lab.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId: lab.vpcId, vSwitchId: lab.vSwitchId, natType: 'Enhanced' }))).body;
  const eips = [];
  for (let i = 0; i < n; i++) {
    const allocationId = await lab.eip();
    const view = await lab.bind(allocationId, ngw.natGatewayId, NAT);
    eips.push({ allocationId, ip: view.ipAddress });
  }
  return { natGatewayId: ngw.natGatewayId, snatTableId: ngw.snatTableIds.snatTableId[0], forwardTableId: ngw.forwardTableIds.forwardTableId[0], eips };
}

describe('alicloud_nat_gateway', () => {
  it('create (NatType "", IcmpReplyEnabled false, Spec ignored), wait for Available, read every field the provider asserts, import by id', async () => {
    const lab = await Lab.create(slow);
    const created = await rpcPost(lab.acct, VPC, 'CreateNatGateway', createParams(lab, { IcmpReplyEnabled: false, Spec: 'Small', EipBindMode: 'MULTI_BINDED' }));
    const id = String(created.NatGatewayId);
    assert.match(id, /^ngw-/);

    // NatGatewayStateRefreshFunc: Status is read as a string; Creating until the creation time has passed.
    assert.equal(readNatGateway(await describeNat(lab.acct, id), id).Status, 'Creating');
    const modifying = await rpcPostExpectingError(lab.acct, VPC, 'ModifyNatGatewayAttribute', { NatGatewayId: id, RegionId: REGION, Name: 'early' });
    assert.equal(modifying.code, 'IncorrectStatus.NATGW', 'the code the provider retries while the gateway is not Available');
    await slow.harness.advanceClock(CREATING);
    const nat = await until('NAT gateway Available', async () => readNatGateway(await describeNat(lab.acct, id), id), (g) => g?.Status === 'Available');

    assert.equal(nat.NatGatewayId, id);
    assert.equal(nat.Name, 'tf-nat');
    assert.equal(nat.Description, 'made by terraform');
    assert.equal(nat.InstanceChargeType, 'PostPaid');
    assert.equal(nat.InternetChargeType, 'PayByLcu');
    assert.equal(nat.NatType, 'Enhanced');
    assert.equal(nat.NetworkType, 'internet');
    assert.equal(nat.EipBindMode, 'MULTI_BINDED');
    assert.equal(nat.VpcId, lab.vpcId);
    assert.equal(nat.vswitchId, lab.vSwitchId);
    assert.equal(nat.forwardTableIds, created.ForwardTableIds.ForwardTableId[0]);
    assert.equal(nat.snatTableIds, created.SnatTableIds.SnatTableId[0]);
    assert.equal(nat.IcmpReplyEnabled, false);
    assert.equal(nat.DeletionProtection, false);
    assert.equal(nat.PrivateLinkEnabled, false);
    assert.equal(nat.accessMode, undefined, 'AccessMode is absent (null would panic)');
    assert.deepEqual(await natTags(lab.acct, id), {}, 'ListTagResources has TagResources.TagResource even when empty');
  });

  it('update: tags (TagResources/UnTagResources NATGATEWAY), DeletionProtection Type=NATGW, ModifyNatGatewayAttribute; delete is refused while protected, then the gateway and its tags are gone', async () => {
    const lab = await Lab.create(ctx);
    const id = (await rpcPost(lab.acct, VPC, 'CreateNatGateway', createParams(lab))).NatGatewayId;

    await rpcPost(lab.acct, VPC, 'TagResources', { RegionId: REGION, ResourceType: 'NATGATEWAY', 'ResourceId.1': id, ...tagParams({ env: 'prod', owner: 'net' }) });
    await rpcPost(lab.acct, VPC, 'UnTagResources', { RegionId: REGION, ResourceType: 'NATGATEWAY', 'ResourceId.1': id, 'TagKey.1': 'owner' });
    await rpcPost(lab.acct, VPC, 'DeletionProtection', { RegionId: REGION, InstanceId: id, ProtectionEnable: true, Type: 'NATGW', ClientToken: 'TF-DeletionProtection-1' });
    await rpcPost(lab.acct, VPC, 'ModifyNatGatewayAttribute', { NatGatewayId: id, RegionId: REGION, Name: 'renamed', Description: 'd2', IcmpReplyEnabled: false, EipBindMode: 'NAT' });

    const nat = readNatGateway(await describeNat(lab.acct, id), id);
    assert.equal(nat.Name, 'renamed');
    assert.equal(nat.Description, 'd2');
    assert.equal(nat.IcmpReplyEnabled, false);
    assert.equal(nat.EipBindMode, 'NAT');
    assert.equal(nat.DeletionProtection, true);
    assert.deepEqual(nat.Tags, { Tag: [{ TagKey: 'env', TagValue: 'prod' }] });
    assert.deepEqual(await natTags(lab.acct, id), { env: 'prod' });

    // NAT does not go back to MULTI_BINDED (Alibaba's rule); a field not given stays.
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'ModifyNatGatewayAttribute', { NatGatewayId: id, RegionId: REGION, EipBindMode: 'MULTI_BINDED' })).code, 'OperationUnsupported.EipBindMode');
    await rpcPost(lab.acct, VPC, 'ModifyNatGatewayAttribute', { NatGatewayId: id, RegionId: REGION, IcmpReplyEnabled: true });
    assert.equal(readNatGateway(await describeNat(lab.acct, id), id).Name, 'renamed');

    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'DeleteNatGateway', { NatGatewayId: id, RegionId: REGION })).code, 'InvalidOperation.DeletionProtection');
    await rpcPost(lab.acct, VPC, 'DeletionProtection', { RegionId: REGION, InstanceId: id, ProtectionEnable: false, Type: 'NATGW' });
    await rpcPost(lab.acct, VPC, 'DeleteNatGateway', { NatGatewayId: id, RegionId: REGION });

    // The delete wait's target: an empty NatGateways.NatGateway.
    assert.equal(readNatGateway(await describeNat(lab.acct, id), id), null);
    assert.deepEqual(await natTags(lab.acct, id), {});
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'DeleteNatGateway', { NatGatewayId: id, RegionId: REGION })).code, 'InvalidNatGatewayId.NotFound');
  });

  it('ModifyNatGatewayAttribute refuses bad names, and switching to NAT mode with more than five EIPs (Alibaba\'s limit)', async () => {
    const lab = await Lab.create(ctx);
    const { natGatewayId } = await gatewayWithEips(lab, 6);
    const modify = (fields) => rpcPostExpectingError(lab.acct, VPC, 'ModifyNatGatewayAttribute', { NatGatewayId: natGatewayId, RegionId: REGION, ...fields });
    assert.equal((await modify({ EipBindMode: 'NAT' })).code, 'OperationUnsupported.EipBindMode');
    assert.equal((await modify({ Name: 'https://x' })).code, 'InvalidParameter');
    assert.equal((await modify({ Description: 'x'.repeat(257) })).code, 'InvalidParameter');
    assert.equal((await modify({ EnableSessionLog: true })).code, 'OperationUnsupported.EnableSessionLog');
    assert.equal((await modify({ NatGatewayId: 'ngw-missing' })).code, 'InvalidNatGatewayId.NotFound');
    const stranger = await ctx.harness.createAccount();
    assert.equal((await rpcPostExpectingError(stranger, VPC, 'DeletionProtection', { RegionId: REGION, InstanceId: natGatewayId, ProtectionEnable: true, Type: 'NATGW' })).code, 'InvalidNatGatewayId.NotFound');
    assert.equal((await rpcPostExpectingError(stranger, VPC, 'TagResources', { RegionId: REGION, ResourceType: 'NATGATEWAY', 'ResourceId.1': natGatewayId, ...tagParams({ a: 'b' }) })).code, 'InvalidResourceId.NotFound');
  });

  it('CreateNatGateway refuses what it does not model rather than dropping it: PrivateLinkEnabled, AccessMode', async () => {
    const lab = await Lab.create(ctx);
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'CreateNatGateway', createParams(lab, { PrivateLinkEnabled: true }))).code, 'OperationUnsupported.PrivateLinkEnabled');
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'CreateNatGateway', createParams(lab, { AccessMode: '{"ModeValue":"route"}' }))).code, 'OperationUnsupported.AccessMode');
    await rpcPost(lab.acct, VPC, 'CreateNatGateway', createParams(lab, { PrivateLinkEnabled: false }));
  });

  it('the official SDK: CreateNatGateway with Tag.N, ModifyNatGatewayAttribute, DeletionProtection NATGW, DescribeNatGateways with tags', async () => {
    const lab = await Lab.create(ctx);
    const { natGatewayId } = (await lab.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({
      regionId: REGION, vpcId: lab.vpcId, vSwitchId: lab.vSwitchId, natType: 'Enhanced', tag: [new Vpc.CreateNatGatewayRequestTag({ key: 'k', value: 'v' })],
    }))).body;
    await lab.vpc.modifyNatGatewayAttribute(new Vpc.ModifyNatGatewayAttributeRequest({ regionId: REGION, natGatewayId, name: 'sdk', icmpReplyEnabled: false }));
    await lab.vpc.deletionProtection(new Vpc.DeletionProtectionRequest({ regionId: REGION, instanceId: natGatewayId, protectionEnable: true, type: 'NATGW' }));
    const view = await lab.natView(natGatewayId);
    assert.equal(view.name, 'sdk');
    assert.equal(view.icmpReplyEnabled, false);
    assert.equal(view.deletionProtection, true);
    assert.deepEqual(view.tags.tag.map((t) => ({ ...t })), [{ tagKey: 'k', tagValue: 'v' }]);
    await expectError(lab.vpc.deletionProtection(new Vpc.DeletionProtectionRequest({ regionId: REGION, instanceId: natGatewayId, protectionEnable: true, type: 'CBWP' })), { code: 'InvalidParameter', status: 400 });
  });
});

describe('alicloud_snat_entry', () => {
  it('create (ClientToken once), read by SnatEntryId among several entries with EipAffinity numeric, update with ModifySnatEntry, delete; the id is "<SnatTableId>:<SnatEntryId>"', async () => {
    const lab = await Lab.create(ctx);
    const other = await lab.vSwitch('10.0.2.0/24');
    const { snatTableId, eips: [a, b] } = await gatewayWithEips(lab, 2);
    const token = `TF-CreateSnatEntry-${Date.now()}`;
    const params = { SnatTableId: snatTableId, RegionId: REGION, ClientToken: token, SourceVSwitchId: lab.vSwitchId, EipAffinity: 1, SnatEntryName: 'tfsnat', SnatIp: a.ip };
    const { SnatEntryId } = await rpcPost(lab.acct, VPC, 'CreateSnatEntry', params);
    // A retry with the same ClientToken is the same entry.
    assert.equal((await rpcPost(lab.acct, VPC, 'CreateSnatEntry', params)).SnatEntryId, SnatEntryId);
    await rpcPost(lab.acct, VPC, 'CreateSnatEntry', { SnatTableId: snatTableId, RegionId: REGION, SourceVSwitchId: other, SnatIp: b.ip });
    const id = `${snatTableId}:${SnatEntryId}`;
    const [tableId, entryId] = id.split(':');
    const read = async () => readSnatEntry(await rpcPost(lab.acct, VPC, 'DescribeSnatTableEntries', { SnatEntryId: entryId, SnatTableId: tableId, RegionId: REGION }), entryId);

    const entry = await read();
    assert.equal(entry.eipAffinity, 1);
    assert.equal(entry.SnatEntryName, 'tfsnat');
    assert.equal(entry.SnatIp, a.ip);
    assert.equal(entry.SourceVSwitchId, lab.vSwitchId);
    assert.equal(entry.Status, 'Available');
    assert.equal(entry.NetworkInterfaceId, '');

    await rpcPost(lab.acct, VPC, 'ModifySnatEntry', {
      SnatEntryId: entryId, SnatTableId: tableId, RegionId: REGION, ClientToken: 'TF-ModifySnatEntry-1', SnatEntryName: 'renamed', SnatIp: `${a.ip},${b.ip}`, EipAffinity: 0,
    });
    const changed = await read();
    assert.equal(changed.SnatEntryName, 'renamed');
    assert.equal(changed.SnatIp, `${a.ip},${b.ip}`);
    assert.equal(changed.eipAffinity, 0);
    assert.equal(changed.SourceVSwitchId, lab.vSwitchId, 'the source does not change');

    await rpcPost(lab.acct, VPC, 'DeleteSnatEntry', { SnatEntryId: entryId, SnatTableId: tableId, RegionId: REGION, ClientToken: 'TF-DeleteSnatEntry-1' });
    assert.equal(await read(), null, 'an empty SnatTableEntry list: the delete wait is over');
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'DeleteSnatEntry', { SnatEntryId: entryId, SnatTableId: tableId, RegionId: REGION })).code, 'InvalidSnatEntryId.NotFound');
  });

  it('ModifySnatEntry applies the rules of CreateSnatEntry to the new SnatIp, and refuses NetworkInterfaceId, bad names and unknown entries', async () => {
    const lab = await Lab.create(ctx);
    const { snatTableId, forwardTableId, eips: [a, mapped] } = await gatewayWithEips(lab, 2);
    const stray = await lab.eip();
    const strayIp = (await lab.eipView(stray)).ipAddress;
    await rpcPost(lab.acct, VPC, 'CreateForwardEntry', {
      ForwardTableId: forwardTableId, RegionId: REGION, ExternalIp: mapped.ip, ExternalPort: 'any', InternalIp: '10.0.1.50', InternalPort: 'any', IpProtocol: 'any',
    });
    const { SnatEntryId } = await rpcPost(lab.acct, VPC, 'CreateSnatEntry', { SnatTableId: snatTableId, RegionId: REGION, SourceCIDR: '192.168.0.0/24', SnatIp: a.ip });
    const modify = (fields) => rpcPostExpectingError(lab.acct, VPC, 'ModifySnatEntry', { SnatEntryId, SnatTableId: snatTableId, RegionId: REGION, ...fields });

    assert.equal((await modify({ SnatIp: strayIp })).code, 'InvalidIp.NotInNatgw');
    assert.equal((await modify({ SnatIp: mapped.ip })).code, 'Forbidden.IpUsedInForwardTable');
    assert.equal((await modify({ SnatIp: 'not-an-ip' })).code, 'InvalidSnatIp.Malformed');
    assert.equal((await modify({ SnatEntryName: '1starts-with-a-digit' })).code, 'InvalidParameter.Name.Malformed');
    assert.equal((await modify({ EipAffinity: 2 })).code, 'InvalidParameter');
    assert.equal((await modify({ NetworkInterfaceId: 'eni-1' })).code, 'OperationUnsupported.NetworkInterfaceId');
    assert.equal((await modify({ SnatEntryId: 'snat-missing' })).code, 'InvalidSnatEntryId.NotFound');
    const stranger = await ctx.harness.createAccount();
    assert.equal((await rpcPostExpectingError(stranger, VPC, 'ModifySnatEntry', { SnatEntryId, SnatTableId: snatTableId, RegionId: REGION, SnatEntryName: 'mine' })).code, 'InvalidSnatTableId.NotFound');
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'CreateSnatEntry', { SnatTableId: snatTableId, RegionId: REGION, SourceCIDR: '192.168.9.0/24', SnatIp: a.ip, NetworkInterfaceId: 'eni-1' })).code, 'OperationUnsupported.NetworkInterfaceId');

    // ClientToken: the same token with other parameters is a mismatch.
    await rpcPost(lab.acct, VPC, 'ModifySnatEntry', { SnatEntryId, SnatTableId: snatTableId, RegionId: REGION, ClientToken: 'tok-1', SnatEntryName: 'one' });
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'ModifySnatEntry', { SnatEntryId, SnatTableId: snatTableId, RegionId: REGION, ClientToken: 'tok-1', SnatEntryName: 'two' })).code, 'IdempotentParameterMismatch');
  });

  it('the official SDK: ModifySnatEntry and DryRun', async () => {
    const lab = await Lab.create(ctx);
    const { snatTableId, eips: [a] } = await gatewayWithEips(lab, 1);
    const { snatEntryId } = (await lab.vpc.createSnatEntry(new Vpc.CreateSnatEntryRequest({ regionId: REGION, snatTableId, snatIp: a.ip, sourceVSwitchId: lab.vSwitchId }))).body;
    await expectError(lab.vpc.modifySnatEntry(new Vpc.ModifySnatEntryRequest({ regionId: REGION, snatTableId, snatEntryId, snatEntryName: 'sdkname', dryRun: true })), { code: 'DryRunOperation', status: 400 });
    const { body } = await lab.vpc.modifySnatEntry(new Vpc.ModifySnatEntryRequest({ regionId: REGION, snatTableId, snatEntryId, snatEntryName: 'sdkname', eipAffinity: 1 }));
    assert.equal(typeof body.requestId, 'string');
    const listed = (await lab.vpc.describeSnatTableEntries(new Vpc.DescribeSnatTableEntriesRequest({ regionId: REGION, snatTableId, snatEntryId }))).body.snatTableEntries.snatTableEntry;
    assert.equal(listed[0].snatEntryName, 'sdkname');
    assert.equal(listed[0].eipAffinity, '1');
  });
});

describe('alicloud_forward_entry', () => {
  it('create (no ClientToken), read by ForwardEntryId among several, update as both provider versions send it (changed fields only, or all five always), delete', async () => {
    const lab = await Lab.create(ctx);
    const { forwardTableId, eips: [a, b] } = await gatewayWithEips(lab, 2);
    const create = (fields) => rpcPost(lab.acct, VPC, 'CreateForwardEntry', { ForwardTableId: forwardTableId, RegionId: REGION, ...fields });
    const { ForwardEntryId } = await create({ ExternalIp: a.ip, ExternalPort: '80', InternalIp: '10.0.1.10', InternalPort: '8080', IpProtocol: 'tcp', ForwardEntryName: 'web', PortBreak: false });
    await create({ ExternalIp: a.ip, ExternalPort: '443', InternalIp: '10.0.1.10', InternalPort: '8443', IpProtocol: 'tcp' });
    const id = `${forwardTableId}:${ForwardEntryId}`;
    const [tableId, entryId] = id.split(':');
    const read = async () => readForwardEntry(await rpcPost(lab.acct, VPC, 'DescribeForwardTableEntries', { RegionId: REGION, ForwardEntryId: entryId, ForwardTableId: tableId }), entryId);

    const entry = await read();
    assert.deepEqual(
      [entry.ExternalIp, entry.ExternalPort, entry.InternalIp, entry.InternalPort, entry.IpProtocol, entry.ForwardEntryName, entry.Status],
      [a.ip, '80', '10.0.1.10', '8080', 'tcp', 'web', 'Available']);

    // resourceAlicloudForwardEntry: only what changed.
    await rpcPost(lab.acct, VPC, 'ModifyForwardEntry', { ForwardEntryId: entryId, ForwardTableId: tableId, RegionId: REGION, InternalPort: '9090', ForwardEntryName: 'web2' });
    let changed = await read();
    assert.equal(changed.InternalPort, '9090');
    assert.equal(changed.ExternalPort, '80');
    assert.equal(changed.ForwardEntryName, 'web2');
    // The generated version: InternalIp, IpProtocol, ExternalIp, InternalPort, ExternalPort always, unchanged ones too.
    await rpcPost(lab.acct, VPC, 'ModifyForwardEntry', {
      ForwardEntryId: entryId, ForwardTableId: tableId, RegionId: REGION, ClientToken: 'TF-ModifyForwardEntry-1',
      InternalIp: '10.0.1.10', IpProtocol: 'udp', ExternalIp: b.ip, InternalPort: '9090', ExternalPort: '80',
    });
    changed = await read();
    assert.deepEqual([changed.ExternalIp, changed.IpProtocol, changed.InternalPort], [b.ip, 'udp', '9090']);

    await rpcPost(lab.acct, VPC, 'DeleteForwardEntry', { ForwardEntryId: entryId, ForwardTableId: tableId, RegionId: REGION });
    assert.equal(await read(), null);
    assert.equal((await rpcPostExpectingError(lab.acct, VPC, 'DeleteForwardEntry', { ForwardEntryId: entryId, ForwardTableId: tableId, RegionId: REGION })).code, 'InvalidForwardEntryId.NotFound');
  });

  it('ModifyForwardEntry keeps the overlap rules of create (an entry never overlaps itself), the SNAT-sharing rule with PortBreak, and IP mapping all or nothing', async () => {
    const lab = await Lab.create(ctx);
    const { snatTableId, forwardTableId, eips: [a, shared] } = await gatewayWithEips(lab, 2);
    await rpcPost(lab.acct, VPC, 'CreateSnatEntry', { SnatTableId: snatTableId, RegionId: REGION, SourceVSwitchId: lab.vSwitchId, SnatIp: shared.ip });
    const create = async (fields) => (await rpcPost(lab.acct, VPC, 'CreateForwardEntry', { ForwardTableId: forwardTableId, RegionId: REGION, ...fields })).ForwardEntryId;
    const first = await create({ ExternalIp: a.ip, ExternalPort: '80', InternalIp: '10.0.1.10', InternalPort: '80', IpProtocol: 'tcp' });
    const second = await create({ ExternalIp: a.ip, ExternalPort: '100/110', InternalIp: '10.0.1.20', InternalPort: '200/210', IpProtocol: 'tcp' });
    const modify = (id, fields) => rpcPost(lab.acct, VPC, 'ModifyForwardEntry', { ForwardEntryId: id, ForwardTableId: forwardTableId, RegionId: REGION, ...fields });
    const refused = (id, fields) => rpcPostExpectingError(lab.acct, VPC, 'ModifyForwardEntry', { ForwardEntryId: id, ForwardTableId: forwardTableId, RegionId: REGION, ...fields });

    await modify(first, { ExternalPort: '80', InternalPort: '80' });
    await modify(second, { ExternalPort: '105/115', InternalPort: '205/215' });
    assert.equal((await refused(first, { ExternalPort: '110' })).code, 'Duplicated.ExternalPort');
    assert.equal((await refused(first, { InternalIp: '10.0.1.20', InternalPort: '210' })).code, 'OperationUnsupported.ForwardEntry');
    assert.equal((await refused(first, { IpProtocol: 'any' })).code, 'InvalidParameter.IpMapping');
    assert.equal((await refused(first, { InternalPort: '80/81' })).code, 'InvalidInternalPort.Malformed');
    assert.equal((await refused(first, { IpProtocol: 'icmp' })).code, 'InvalidProtocal.ValueNotSupported');
    assert.equal((await refused(first, { InternalIp: '192.168.1.1' })).code, 'Forbidden.InternalIpOutOfVpcCIDR');
    assert.equal((await refused(first, { ExternalIp: '203.0.113.9' })).code, 'InvalidIp.NotInNatgw');
    assert.equal((await refused(first, { ExternalIp: shared.ip, ExternalPort: '8080', InternalPort: '8080' })).code, 'Forbidden.ExternalIp.UsedInSnatTable');
    await modify(first, { ExternalIp: shared.ip, ExternalPort: '8080', InternalPort: '8080', PortBreak: true });
    assert.equal((await refused('fwd-missing', { InternalPort: '81' })).code, 'InvalidForwardEntryId.NotFound');
    assert.equal((await refused(first, { ForwardTableId: 'ftb-missing' })).code, 'InvalidForwardTableId.NotFound');
  });

  it('the official SDK: ModifyForwardEntry', async () => {
    const lab = await Lab.create(ctx);
    const { forwardTableId, eips: [a] } = await gatewayWithEips(lab, 1);
    const { forwardEntryId } = (await lab.vpc.createForwardEntry(new Vpc.CreateForwardEntryRequest({
      regionId: REGION, forwardTableId, externalIp: a.ip, externalPort: '22', internalIp: '10.0.1.5', internalPort: '22', ipProtocol: 'tcp',
    }))).body;
    await lab.vpc.modifyForwardEntry(new Vpc.ModifyForwardEntryRequest({ regionId: REGION, forwardTableId, forwardEntryId, externalPort: '2222', forwardEntryName: 'ssh' }));
    const [entry] = (await lab.vpc.describeForwardTableEntries(new Vpc.DescribeForwardTableEntriesRequest({ regionId: REGION, forwardTableId, forwardEntryId }))).body.forwardTableEntries.forwardTableEntry;
    assert.equal(entry.externalPort, '2222');
    assert.equal(entry.internalPort, '22');
    assert.equal(entry.forwardEntryName, 'ssh');
  });
});
