// NAT gateways through the official VPC SDK (issue 3): internet and intranet, a private IP from the
// vSwitch, an operator-set creation time for R-NAT-3's 2022-09-19 boundary, deletion safety.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServer, expectError, popClient, Vpc, REGION, OPERATOR_VERSION } from './lib/harness.mjs';

const ctx = useServer();

async function network(acct) {
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vSwitchId = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/28' }))).body.vSwitchId;
  return { vpcId, vSwitchId };
}

const available = async (acct, vSwitchId) =>
  (await acct.vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId: REGION, vSwitchId }))).body.vSwitches.vSwitch[0].availableIpAddressCount;

describe('NAT gateways', () => {
  it('CreateNatGateway takes a vSwitch IP; DescribeNatGateways shows type, tables, private info and creation time', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, vSwitchId } = await network(acct);
    const before = await available(acct, vSwitchId);
    const { body } = await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId, natType: 'Enhanced', networkType: 'internet', name: 'egress' }));
    assert.match(body.natGatewayId, /^ngw-[a-z0-9]{20}$/);
    assert.match(body.snatTableIds.snatTableId[0], /^stb-/);
    assert.match(body.forwardTableIds.forwardTableId[0], /^ftb-/);
    assert.equal(await available(acct, vSwitchId), before - 1);

    const described = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId: body.natGatewayId }))).body;
    assert.equal(described.totalCount, 1);
    const ngw = described.natGateways.natGateway[0];
    assert.equal(ngw.networkType, 'internet');
    assert.equal(ngw.status, 'Available');
    assert.equal(ngw.vpcId, vpcId);
    assert.equal(ngw.natGatewayPrivateInfo.vswitchId, vSwitchId);
    assert.match(ngw.natGatewayPrivateInfo.privateIpAddress, /^10\.0\.1\./);
    assert.deepEqual(ngw.ipLists.ipList, []);
    assert.match(ngw.creationTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const intranet = (await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId, networkType: 'intranet' }))).body.natGatewayId;
    const onlyIntranet = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, networkType: 'intranet' }))).body;
    assert.deepEqual(onlyIntranet.natGateways.natGateway.map((g) => g.natGatewayId), [intranet]);
  });

  it('R-NAT-3 the operator can date a gateway before 2022-09-19; tenants cannot', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, vSwitchId } = await network(acct);
    const old = (await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId }))).body.natGatewayId;
    await ctx.harness.operator.request('SetNatGatewayCreationTime', { NatGatewayId: old, CreationTime: '2021-06-01T00:00:00Z' }, { method: 'POST' });
    const ngw = (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId: old }))).body.natGateways.natGateway[0];
    assert.equal(ngw.creationTime, '2021-06-01T00:00:00Z');
    const asTenant = popClient(ctx.server, acct.cred, { apiVersion: OPERATOR_VERSION });
    await expectError(asTenant.request('SetNatGatewayCreationTime', { NatGatewayId: old, CreationTime: '2020-01-01T00:00:00Z' }, { method: 'POST' }),
      { code: 'Forbidden.NotOperator', status: 403 });
    await expectError(ctx.harness.operator.request('SetNatGatewayCreationTime', { NatGatewayId: old, CreationTime: 'yesterday' }, { method: 'POST' }),
      { code: 'InvalidParameter', status: 400 });
  });

  it('a VPC with a NAT gateway cannot be deleted; deleting the gateway frees its vSwitch IP', async () => {
    const acct = await ctx.harness.createAccount();
    const { vpcId, vSwitchId } = await network(acct);
    const before = await available(acct, vSwitchId);
    const id = (await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId }))).body.natGatewayId;
    await acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId })).then(
      () => assert.fail('a vSwitch holding a NAT gateway IP was deleted'),
      (err) => assert.equal(err.code, 'DependencyViolation.VSwitch'));
    await acct.vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: REGION, natGatewayId: id }));
    assert.equal(await available(acct, vSwitchId), before);
    await expectError(acct.vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: REGION, natGatewayId: id })), { code: 'InvalidNatGatewayId.NotFound', status: 404 });
    await expectError(acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId: 'vsw-nope' })), { code: 'InvalidVSwitchId.NotFound', status: 404 });
  });
});
