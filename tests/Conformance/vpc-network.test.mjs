// VPCs, secondary CIDR blocks and vSwitches through the official VPC SDK (issue 3, part 1).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, Vpc, REGION } from './lib/harness.mjs';

const ctx = useServer();

async function newVpc(acct, cidrBlock = '10.0.0.0/16') {
  const { body } = await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock, vpcName: 'lab' }));
  return body;
}

async function newVSwitch(acct, vpcId, cidrBlock, zoneId = 'cn-hangzhou-b') {
  const { body } = await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId, cidrBlock, vSwitchName: 'web' }));
  return body.vSwitchId;
}

describe('VPC and vSwitch inventory', () => {
  it('CreateVpc returns ids shaped like Alibaba\'s and DescribeVpcs shows the VPC with the model\'s types', async () => {
    const acct = await ctx.harness.createAccount();
    const created = await newVpc(acct);
    assert.match(created.vpcId, /^vpc-[a-z0-9]{20}$/);
    assert.match(created.VRouterId, /^vrt-/);
    assert.match(created.routeTableId, /^vtb-/);
    const vSwitchId = await newVSwitch(acct, created.vpcId, '10.0.1.0/24');

    const { body } = await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId: created.vpcId }));
    assert.equal(body.totalCount, 1);
    const vpc = body.vpcs.vpc[0];
    assert.equal(vpc.cidrBlock, '10.0.0.0/16');
    assert.equal(vpc.status, 'Available');
    assert.equal(vpc.vpcName, 'lab');
    assert.equal(typeof vpc.ownerId, 'number');
    assert.equal(vpc.isDefault, false);
    assert.deepEqual(vpc.vSwitchIds.vSwitchId, [vSwitchId]);
    assert.deepEqual(vpc.secondaryCidrBlocks.secondaryCidrBlock, []);
  });

  it('DescribeVpcs takes up to 20 VPC ids comma-separated in VpcId, as Alibaba documents; 21 is InvalidParameter', async () => {
    const acct = await ctx.harness.createAccount();
    const a = (await newVpc(acct, '10.1.0.0/16')).vpcId;
    const b = (await newVpc(acct, '10.2.0.0/16')).vpcId;
    await newVpc(acct, '10.3.0.0/16');
    const { body } = await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId: `${a}, ${b}` }));
    assert.equal(body.totalCount, 2);
    assert.deepEqual(body.vpcs.vpc.map((v) => v.vpcId).sort(), [a, b].sort());
    const many = Array.from({ length: 21 }, (_, i) => `vpc-${String(i).padStart(20, '0')}`).join(',');
    await expectError(acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId: many })), { code: 'InvalidParameter', status: 400 });
  });

  it('R-BIND-9 a public secondary CIDR block is associated, takes a vSwitch, and cannot be removed while used', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId } = await newVpc(acct);
    const { body } = await acct.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: REGION, vpcId, secondaryCidrBlock: '47.100.8.0/24' }));
    assert.equal(body.cidrBlock, '47.100.8.0/24');
    const vSwitchId = await newVSwitch(acct, vpcId, '47.100.8.0/26', 'cn-hangzhou-h');

    await expectError(acct.vpc.unassociateVpcCidrBlock(new Vpc.UnassociateVpcCidrBlockRequest({ regionId: REGION, vpcId, secondaryCidrBlock: '47.100.8.0/24' })),
      { code: 'DependencyViolation.VSwitch', status: 400 });
    await acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId }));
    await acct.vpc.unassociateVpcCidrBlock(new Vpc.UnassociateVpcCidrBlockRequest({ regionId: REGION, vpcId, secondaryCidrBlock: '47.100.8.0/24' }));
    const described = await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }));
    assert.deepEqual(described.body.vpcs.vpc[0].secondaryCidrBlocks.secondaryCidrBlock, []);
  });

  it('DescribeVSwitches shows zone, block and AvailableIpAddressCount (4 addresses of every vSwitch are reserved)', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId } = await newVpc(acct);
    const a = await newVSwitch(acct, vpcId, '10.0.1.0/24', 'cn-hangzhou-b');
    const b = await newVSwitch(acct, vpcId, '10.0.2.0/28', 'cn-hangzhou-h');
    const { body } = await acct.vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId: REGION, vpcId }));
    assert.equal(body.totalCount, 2);
    const byId = Object.fromEntries(body.vSwitches.vSwitch.map((v) => [v.vSwitchId, v]));
    assert.equal(byId[a].availableIpAddressCount, 252);
    assert.equal(byId[b].availableIpAddressCount, 12);
    assert.equal(byId[b].zoneId, 'cn-hangzhou-h');
    assert.equal(byId[a].status, 'Available');
    const zoneFiltered = await acct.vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId: REGION, zoneId: 'cn-hangzhou-h' }));
    assert.deepEqual(zoneFiltered.body.vSwitches.vSwitch.map((v) => v.vSwitchId), [b]);
  });

  it('malformed, overlapping and out-of-VPC blocks are 400s naming the problem', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(newVpc(acct, '10.0.0.1/16'), { code: 'InvalidCidrBlock.Malformed', status: 400 });
    await expectError(newVpc(acct, 'not-a-cidr'), { code: 'InvalidCidrBlock.Malformed', status: 400 });
    const { vpcId } = await newVpc(acct);
    await newVSwitch(acct, vpcId, '10.0.1.0/24');
    await expectError(newVSwitch(acct, vpcId, '10.0.1.0/25'), { code: 'InvalidCidrBlock.Overlapped', status: 400 });
    await expectError(newVSwitch(acct, vpcId, '11.0.0.0/24'), { code: 'InvalidCidrBlock.NotInVpc', status: 400 });
    await expectError(newVSwitch(acct, vpcId, '10.0.9.0/24', 'cn-beijing-a'), { code: 'InvalidZoneId.NotFound', status: 404 });
    await expectError(acct.vpc.associateVpcCidrBlock(new Vpc.AssociateVpcCidrBlockRequest({ regionId: REGION, vpcId, secondaryCidrBlock: '10.0.128.0/20' })),
      { code: 'InvalidCidrBlock.Overlapped', status: 400 });
  });

  it('a VPC with vSwitches cannot be deleted; another account cannot see or delete it', async () => {
    const acct = await ctx.harness.createAccount();
    const other = await ctx.harness.createAccount();
    const { vpcId } = await newVpc(acct);
    const vSwitchId = await newVSwitch(acct, vpcId, '10.0.1.0/24');
    const err = await expectError(acct.vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId: REGION, vpcId })), { code: 'DependencyViolation.VSwitch', status: 400 });
    assert.match(err.data.Message, new RegExp(vSwitchId));
    await expectError(other.vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId: REGION, vpcId })), { code: 'InvalidVpcId.NotFound', status: 404 });
    assert.equal((await other.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION }))).body.totalCount, 0);

    await acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId }));
    await acct.vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId: REGION, vpcId }));
    assert.equal((await acct.vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }))).body.totalCount, 0);
  });
});
