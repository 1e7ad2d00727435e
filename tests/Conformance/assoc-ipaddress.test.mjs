// Issue 8: AssociateEipAddress with InstanceType=IpAddress: an EIP bound to an IPv4 address of a VPC (InstanceId
// is the address, VpcId the VPC), typically one no instance holds yet. The rules (docs/api-compatibility.md): the
// VPC is the caller's, in the EIP's region; the address lies inside one of its CIDR blocks; one EIP per address,
// whatever binding carries it; an address a NAT gateway or HaVip holds is bound through that resource; the
// binding is asynchronous like the others (Associating → InUse); Describe shows VpcId for it and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, expectRawError, Vpc } from './lib/harness.mjs';
import { Lab, FAST_COMPUTE, settle, assertOnlyErrors } from './lib/lab.mjs';
import { VPC, rpcPost, rpcSend, describeEip, buildClientToken } from './lib/terraform.mjs';

const ctx = useServer({ env: FAST_COMPUTE });
const IP = { instanceType: 'IpAddress' };
const taken = { code: 'ResourceAlreadyAssociated.IpAddress', status: 400 };

describe('EIPs bound to IP addresses (InstanceType=IpAddress)', () => {
  it('as alicloud_eip_association does it: ids in the query, InstanceType and VpcId in the body; InstanceId is the address at once; PrivateIpAddress stays empty; unbinding with the address as InstanceId', async () => {
    const lab = await Lab.create(ctx);
    const eip = await lab.eip();
    const address = '10.0.5.7';
    await rpcPost(lab.acct, VPC, 'AssociateEipAddress', { RegionId: lab.regionId, ClientToken: buildClientToken('AssociateEipAddress'), InstanceType: 'IpAddress', VpcId: lab.vpcId }, { InstanceId: address, AllocationId: eip });
    // Read right after Create: DescribeEipAssociation finds the item whose InstanceId (a string) is the address.
    const [item] = await describeEip(lab.acct, lab.regionId, eip);
    assert.equal(item.InstanceId, address);
    assert.equal(item.InstanceType, 'IpAddress');
    assert.equal(item.VpcId, lab.vpcId, 'VpcId is returned for an IpAddress binding');
    assert.equal(item.PrivateIpAddress, '', 'no private_ip_address given: none shown (it is ForceNew in the provider)');
    assert.equal(item.InstanceRegionId, lab.regionId);
    assert.ok(['Associating', 'InUse'].includes(item.Status), item.Status);
    const inUse = await lab.waitEip(eip, 'InUse');
    assert.equal(inUse.vpcId, lab.vpcId);
    assert.equal(inUse.mode, 'NAT');

    const filtered = await lab.vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: lab.regionId, associatedInstanceType: 'IpAddress' }));
    assert.deepEqual(filtered.body.eipAddresses.eipAddress.map((e) => e.allocationId), [eip]);
    assert.deepEqual((await lab.eipsOn(address)).map((e) => e.allocationId), [eip]);

    await rpcPost(lab.acct, VPC, 'UnassociateEipAddress', { RegionId: lab.regionId, ClientToken: buildClientToken('UnassociateEipAddress'), InstanceType: 'IpAddress' }, { AllocationId: eip, InstanceId: address });
    const unbound = await lab.waitEip(eip, 'Available');
    assert.equal(unbound.instanceId, '');
    assert.equal(unbound.vpcId, '');
    assert.equal((await lab.bind(await lab.eip(), address, { ...IP, vpcId: lab.vpcId })).instanceId, address, 'the address is free again at once');
  });

  it('PrivateIpAddress, when given, is the address itself and is shown; another one is 400 InvalidParameter naming PrivateIpAddress', async () => {
    const lab = await Lab.create(ctx);
    const [e1, e2] = await lab.eips(2);
    const err = await expectError(lab.associate(e1, '10.0.6.1', { ...IP, vpcId: lab.vpcId, privateIpAddress: '10.0.6.2' }), { code: 'InvalidParameter', status: 400 });
    assert.match(err.data.Message, /PrivateIpAddress/);
    const item = await lab.bind(e2, '10.0.6.1', { ...IP, vpcId: lab.vpcId, privateIpAddress: '10.0.6.1' });
    assert.equal(item.privateIpAddress, '10.0.6.1');
    await lab.unbind(e2, { instanceId: '10.0.6.1', instanceType: 'IpAddress', privateIpAddress: '10.0.6.1' });
  });

  it('the VPC: VpcId is required (400 MissingParameter); unknown or another account\'s is 404 InvalidVpcId.NotFound; one in another region is 400 InvalidParameter.Mismatch (R-EIP-3)', async () => {
    const lab = await Lab.create(ctx);
    const other = await Lab.create(ctx);
    const elsewhere = await Lab.create(ctx, { acct: lab.acct, regionId: 'cn-shanghai' });
    const eip = await lab.eip();
    const err = await expectError(lab.associate(eip, '10.0.5.7', IP), { code: 'MissingParameter', status: 400 });
    assert.match(err.data.Message, /VpcId/);
    await expectError(lab.associate(eip, '10.0.5.7', { ...IP, vpcId: 'vpc-doesnotexist0000000' }), { code: 'InvalidVpcId.NotFound', status: 404 });
    await expectError(lab.associate(eip, '10.0.5.7', { ...IP, vpcId: other.vpcId }), { code: 'InvalidVpcId.NotFound', status: 404 });
    await expectError(lab.associate(eip, '10.0.5.7', { ...IP, vpcId: elsewhere.vpcId }), { code: 'InvalidParameter.Mismatch', status: 400 });
    assert.equal(await lab.eipStatus(eip), 'Available');
  });

  it('the address: an IPv4 address inside one of the VPC\'s blocks (a secondary block counts); anything else is 400 InvalidParameter naming InstanceId', async () => {
    const lab = await Lab.create(ctx);
    const [e1, e2] = await lab.eips(2);
    for (const address of ['not-an-ip', '10.0.1.256', '010.0.5.7', '192.168.0.1', '10.1.0.1', 'fd00::1']) {
      const err = await expectError(lab.associate(e1, address, { ...IP, vpcId: lab.vpcId }), { code: 'InvalidParameter', status: 400 });
      assert.match(err.data.Message, /InstanceId/, address);
    }
    await lab.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: lab.regionId, vpcId: lab.vpcId, secondaryCidrBlock: '192.168.0.0/24' }));
    assert.equal((await lab.bind(e2, '192.168.0.1', { ...IP, vpcId: lab.vpcId })).instanceId, '192.168.0.1');
    assert.equal(await lab.eipStatus(e1), 'Available');
  });

  it('one EIP per address of a VPC: a second is 400 ResourceAlreadyAssociated.IpAddress; the same address in another VPC takes its own', async () => {
    const lab = await Lab.create(ctx);
    const secondVpc = (await lab.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: lab.regionId, cidrBlock: '10.0.0.0/16' }))).body.vpcId;
    const [e1, e2, e3] = await lab.eips(3);
    await lab.associate(e1, '10.0.9.9', { ...IP, vpcId: lab.vpcId });
    await expectError(lab.associate(e2, '10.0.9.9', { ...IP, vpcId: lab.vpcId }), taken);
    await lab.waitEip(e1, 'InUse');
    await expectError(lab.associate(e2, '10.0.9.9', { ...IP, vpcId: lab.vpcId }), taken);
    assert.equal((await lab.bind(e3, '10.0.9.9', { ...IP, vpcId: secondVpc })).vpcId, secondVpc);
    assert.equal(await lab.eipStatus(e2), 'Available');
  });

  it('parallel binds of 8 EIPs to one address: exactly one wins, the others are 400 ResourceAlreadyAssociated.IpAddress', async () => {
    const lab = await Lab.create(ctx);
    const eips = await lab.eips(8);
    const { ok, errors } = await settle(eips.map((id) => lab.associate(id, '10.0.7.7', { ...IP, vpcId: lab.vpcId })));
    assert.equal(ok.length, 1);
    assertOnlyErrors(errors, { 'ResourceAlreadyAssociated.IpAddress': 400 });
    assert.equal((await lab.eipsOn('10.0.7.7')).length, 1);
  });

  it('one EIP per private address across binding kinds: an ENI or instance address with an EIP cannot take another as an IP address (400 ResourceAlreadyAssociated.IpAddress), nor the other way round (400 InvalidAssociation.Duplicated)', async () => {
    const lab = await Lab.create(ctx);
    const instance = await lab.instance();
    const { primary: instanceIp } = await lab.privateIps(await lab.primaryEniId(instance));
    const eni = await lab.eni();
    const { primary: eniIp } = await lab.privateIps(eni);
    const [onInstance, onEni, asAddress1, asAddress2] = await lab.eips(4);

    await lab.bind(onEni, eni, { instanceType: 'NetworkInterface' });
    await expectError(lab.associate(asAddress1, eniIp, { ...IP, vpcId: lab.vpcId }), taken);

    await lab.bind(asAddress2, instanceIp, { ...IP, vpcId: lab.vpcId });
    await expectError(lab.associate(onInstance, instance), { code: 'InvalidAssociation.Duplicated', status: 400 });
    await lab.unbind(asAddress2, { instanceId: instanceIp, instanceType: 'IpAddress' });
    assert.equal((await lab.bind(onInstance, instance)).instanceId, instance, 'free once the address binding is gone');
  });

  it('AssociateEipAddressBatch on an ENI in NAT mode passes over a private IP bound as an IP address', async () => {
    const lab = await Lab.create(ctx);
    const eni = await lab.eni({ secondaryIps: 1 });
    const { primary, secondary } = await lab.privateIps(eni);
    const [asAddress, inBatch] = await lab.eips(2);
    await lab.bind(asAddress, primary, { ...IP, vpcId: lab.vpcId });
    await lab.batch([inBatch], eni, 'NetworkInterface');
    assert.equal((await lab.waitEip(inBatch, 'InUse')).privateIpAddress, secondary[0]);
  });

  it('an address a NAT gateway or HaVip holds is bound through that resource: 400 InvalidParameter naming it', async () => {
    const lab = await Lab.create(ctx, { havip: true });
    const nat = await lab.nat();
    const natIp = (await lab.natView(nat)).natGatewayPrivateInfo.privateIpAddress;
    const haVipId = await lab.haVip({ ipAddress: '10.0.1.200' });
    const eip = await lab.eip();
    const viaNat = await expectError(lab.associate(eip, natIp, { ...IP, vpcId: lab.vpcId }), { code: 'InvalidParameter', status: 400 });
    assert.match(viaNat.data.Message, new RegExp(nat));
    const viaHaVip = await expectError(lab.associate(eip, '10.0.1.200', { ...IP, vpcId: lab.vpcId }), { code: 'InvalidParameter', status: 400 });
    assert.match(viaHaVip.data.Message, new RegExp(haVipId));
  });

  it('UnassociateEipAddress naming another address or type is 404 InvalidInstanceId.NotFound (issue 8), also in Terraform\'s shape', async () => {
    const lab = await Lab.create(ctx);
    const eip = await lab.eip();
    await lab.bind(eip, '10.0.8.8', { ...IP, vpcId: lab.vpcId });
    const otherInstance = { code: 'InvalidInstanceId.NotFound', status: 404 };
    await expectError(lab.unassociate(eip, { instanceId: '10.0.8.9', instanceType: 'IpAddress' }), otherInstance);
    await expectError(lab.unassociate(eip, { instanceId: '10.0.8.8', instanceType: 'EcsInstance' }), otherInstance);
    const res = await rpcSend(lab.acct, VPC, 'UnassociateEipAddress', { RegionId: lab.regionId, ClientToken: buildClientToken('UnassociateEipAddress'), InstanceType: 'IpAddress' }, { AllocationId: eip, InstanceId: '10.0.8.9' });
    expectRawError(res, otherInstance);
    assert.equal(await lab.eipStatus(eip), 'InUse');
  });

  it('a VPC with EIPs bound to its addresses cannot be deleted (400 DependencyViolation.Eip), nor the secondary block holding one removed', async () => {
    const lab = await Lab.create(ctx);
    const bare = (await lab.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: lab.regionId, cidrBlock: '172.16.0.0/16' }))).body.vpcId;
    await lab.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: lab.regionId, vpcId: bare, secondaryCidrBlock: '192.168.10.0/24' }));
    const [e1, e2] = await lab.eips(2);
    await lab.bind(e1, '172.16.3.3', { ...IP, vpcId: bare });
    await lab.bind(e2, '192.168.10.9', { ...IP, vpcId: bare });
    const deleteVpc = () => lab.vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId: lab.regionId, vpcId: bare }));
    const removeBlock = () => lab.vpc.unassociateVpcCidrBlock(new Vpc.UnassociateVpcCidrBlockRequest({ regionId: lab.regionId, vpcId: bare, secondaryCidrBlock: '192.168.10.0/24' }));
    const err = await expectError(deleteVpc, { code: 'DependencyViolation.Eip', status: 400 });
    assert.match(err.data.Message, new RegExp(e1));
    await expectError(removeBlock, { code: 'DependencyViolation.Eip', status: 400 });
    await lab.unbind(e2, { instanceId: '192.168.10.9', instanceType: 'IpAddress' });
    await removeBlock();
    await lab.unbind(e1);
    await deleteVpc();
  });

  it('the rest of the EIP rules hold: an InUse EIP is not bound again (400 IncorrectEipStatus), nor released (400 IncorrectEipStatus); ModifyEipForwardMode is for ENIs only', async () => {
    const lab = await Lab.create(ctx);
    const eip = await lab.eip();
    await lab.bind(eip, '10.0.4.4', { ...IP, vpcId: lab.vpcId });
    await expectError(lab.associate(eip, '10.0.4.5', { ...IP, vpcId: lab.vpcId }), { code: 'IncorrectEipStatus', status: 400 });
    await expectError(lab.release(eip), { code: 'IncorrectEipStatus', status: 400 });
    await expectError(lab.vpc.modifyEipForwardMode(new Vpc.ModifyEipForwardModeRequest({ regionId: lab.regionId, instanceId: eip, mode: 'BINDED' })), { code: 'IncorrectEipStatus', status: 400 });
    assert.equal((await lab.eipView(eip)).instanceId, '10.0.4.4');
  });
});
