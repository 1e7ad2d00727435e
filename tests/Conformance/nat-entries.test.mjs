// SNAT and DNAT (forward) entries of NAT gateways through the official VPC SDK: the EIPs bound to a
// gateway shared by vSwitches and CIDR blocks (R-NAT-5), port forwarding and IP mapping, the checks on
// each parameter, tables of other accounts, deletion safety, and unassociating an EIP that entries
// use (R-NAT-6).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { useServer, expectError, Vpc, REGION } from './lib/harness.mjs';

const ctx = useServer({ env: { OpenEip__DataPlane__ConfirmDelay: '00:00:00' } });

async function lab({ networkType = 'internet' } = {}) {
  const acct = await ctx.harness.createAccount();
  const { vpcId } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16' }))).body;
  const vsw = async (cidrBlock) => (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-b', cidrBlock }))).body.vSwitchId;
  const vSwitchId = await vsw('10.0.1.0/24');
  const otherVSwitchId = await vsw('10.0.2.0/24');
  const ngw = (await acct.vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId, networkType }))).body;
  return {
    acct, vpcId, vSwitchId, otherVSwitchId,
    natGatewayId: ngw.natGatewayId, snatTableId: ngw.snatTableIds.snatTableId[0], forwardTableId: ngw.forwardTableIds.forwardTableId[0],
  };
}

async function waitForStatus(acct, allocationId, status) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await acct.describeOne(allocationId);
    if (last?.status === status) return last;
    await delay(100);
  }
  assert.fail(`EIP ${allocationId} did not become ${status}: ${JSON.stringify(last)}`);
}

/** Allocates an EIP, binds it to the gateway and waits until it is InUse. */
async function bindEip(acct, natGatewayId) {
  const { allocationId, eipAddress } = await acct.allocate();
  await acct.vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId, instanceId: natGatewayId, instanceType: 'Nat' }));
  await waitForStatus(acct, allocationId, 'InUse');
  return { allocationId, ip: eipAddress };
}

const createSnat = (acct, fields) => acct.vpc.createSnatEntry(new Vpc.CreateSnatEntryRequest({ regionId: REGION, ...fields }));
const createFwd = (acct, fields) => acct.vpc.createForwardEntry(new Vpc.CreateForwardEntryRequest({ regionId: REGION, ...fields }));
const describeSnat = async (acct, fields) => (await acct.vpc.describeSnatTableEntries(new Vpc.DescribeSnatTableEntriesRequest({ regionId: REGION, ...fields }))).body;
const describeFwd = async (acct, fields) => (await acct.vpc.describeForwardTableEntries(new Vpc.DescribeForwardTableEntriesRequest({ regionId: REGION, ...fields }))).body;
const deleteSnat = (acct, snatTableId, snatEntryId) => acct.vpc.deleteSnatEntry(new Vpc.DeleteSnatEntryRequest({ regionId: REGION, snatTableId, snatEntryId }));
const deleteFwd = (acct, forwardTableId, forwardEntryId) => acct.vpc.deleteForwardEntry(new Vpc.DeleteForwardEntryRequest({ regionId: REGION, forwardTableId, forwardEntryId }));
const unassociate = (acct, allocationId, natGatewayId, force) =>
  acct.vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId, instanceId: natGatewayId, instanceType: 'Nat', ...(force === undefined ? {} : { force }) }));
const ipListOf = async (acct, natGatewayId) =>
  (await acct.vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId }))).body.natGateways.natGateway[0].ipLists.ipList;

const SNAT_ID_RE = /^snat-[a-z0-9]{20}$/;
const FWD_ID_RE = /^fwd-[a-z0-9]{20}$/;

describe('NAT gateway SNAT entries', () => {
  it('R-NAT-5: SNAT entries for a vSwitch and for a CIDR block share the gateway EIPs, in DescribeSnatTableEntries and DescribeNatGateways', async () => {
    const { acct, vSwitchId, natGatewayId, snatTableId, forwardTableId } = await lab();
    const [a, b, c, idle] = [await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId)];

    const byVSwitch = (await createSnat(acct, { snatTableId, sourceVSwitchId: vSwitchId, snatIp: a.ip, snatEntryName: 'web-egress' })).body;
    assert.match(byVSwitch.snatEntryId, SNAT_ID_RE);
    assert.equal(typeof byVSwitch.requestId, 'string');
    const byCidr = (await createSnat(acct, { snatTableId, sourceCIDR: '192.168.5.0/24', snatIp: `${a.ip},${b.ip}`, eipAffinity: 1 })).body.snatEntryId;
    assert.match(byCidr, SNAT_ID_RE);

    const listed = await describeSnat(acct, { snatTableId });
    assert.equal(listed.totalCount, 2);
    assert.equal(listed.pageNumber, 1);
    assert.equal(listed.pageSize, 10);
    const entries = Object.fromEntries(listed.snatTableEntries.snatTableEntry.map((e) => [e.snatEntryId, e]));
    assert.deepEqual({ ...entries[byVSwitch.snatEntryId] }, {
      snatEntryId: byVSwitch.snatEntryId, snatEntryName: 'web-egress', snatIp: a.ip, snatTableId, sourceCIDR: '10.0.1.0/24',
      sourceVSwitchId: vSwitchId, natGatewayId, status: 'Available', eipAffinity: '0', networkInterfaceId: '',
    });
    assert.equal(entries[byCidr].snatIp, `${a.ip},${b.ip}`);
    assert.equal(entries[byCidr].sourceCIDR, '192.168.5.0/24');
    assert.equal(entries[byCidr].sourceVSwitchId, '');
    assert.equal(entries[byCidr].eipAffinity, '1');
    assert.equal(entries[byCidr].snatEntryName, '');

    assert.equal((await describeSnat(acct, { natGatewayId })).totalCount, 2, 'by NatGatewayId as by SnatTableId');
    const ids = (body) => body.snatTableEntries.snatTableEntry.map((e) => e.snatEntryId);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId, snatIp: b.ip })), [byCidr]);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId, sourceVSwitchId: vSwitchId })), [byVSwitch.snatEntryId]);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId, sourceCIDR: '192.168.5.0/24' })), [byCidr]);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId, snatEntryName: 'web-egress' })), [byVSwitch.snatEntryId]);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId, snatEntryId: byCidr })), [byCidr]);
    const page2 = await describeSnat(acct, { snatTableId, pageSize: 1, pageNumber: 2 });
    assert.equal(page2.totalCount, 2);
    assert.equal(page2.snatTableEntries.snatTableEntry.length, 1);

    await createFwd(acct, { forwardTableId, externalIp: c.ip, externalPort: '443', internalIp: '10.0.1.20', internalPort: '443', ipProtocol: 'tcp' });
    await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '22', internalIp: '10.0.1.21', internalPort: '22', ipProtocol: 'tcp' });
    const ipList = Object.fromEntries((await ipListOf(acct, natGatewayId)).map((ip) => [ip.allocationId, ip]));
    assert.equal(ipList[a.allocationId].usingStatus, 'UsedByForwardSnatTable');
    assert.equal(ipList[a.allocationId].snatEntryEnabled, true);
    assert.equal(ipList[b.allocationId].usingStatus, 'UsedBySnatTable');
    assert.equal(ipList[b.allocationId].snatEntryEnabled, true);
    assert.equal(ipList[c.allocationId].usingStatus, 'UsedByForwardTable');
    assert.equal(ipList[c.allocationId].snatEntryEnabled, false);
    assert.equal(ipList[idle.allocationId].usingStatus, 'Idle');
    assert.equal(ipList[idle.allocationId].snatEntryEnabled, false);
    assert.equal(ipList[idle.allocationId].ipAddress, idle.ip);

    await deleteSnat(acct, snatTableId, byVSwitch.snatEntryId);
    assert.deepEqual(ids(await describeSnat(acct, { snatTableId })), [byCidr]);
    await expectError(deleteSnat(acct, snatTableId, byVSwitch.snatEntryId), { code: 'InvalidSnatEntryId.NotFound', status: 404 });
  });

  it('CreateSnatEntry refuses bad sources, addresses, names and tables with Alibaba codes', async () => {
    const { acct, vpcId, vSwitchId, otherVSwitchId, natGatewayId, snatTableId, forwardTableId } = await lab();
    const a = await bindEip(acct, natGatewayId);
    const unbound = (await acct.allocate()).eipAddress;
    const snat = (fields) => createSnat(acct, { snatTableId, snatIp: a.ip, ...fields });

    await expectError(snat({}), { code: 'MissingParameter', status: 400 });
    await expectError(snat({ sourceVSwitchId: vSwitchId, sourceCIDR: '10.0.1.0/24' }), { code: 'InvalidParameter.SourceConflict', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.1/33' }), { code: 'InvalidSourceCIDR.Malformed', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.1.5/24' }), { code: 'InvalidSourceCIDR.Malformed', status: 400 });
    await expectError(createSnat(acct, { snatTableId, sourceCIDR: '10.0.0.0/24' }), { code: 'MissingParameter', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatIp: 'not-an-ip' }), { code: 'InvalidSnatIp.Malformed', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatIp: `${a.ip},${a.ip}` }), { code: 'InvalidSnatIp.Malformed', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatIp: unbound }), { code: 'InvalidIp.NotInNatgw', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatIp: `${a.ip},${unbound}` }), { code: 'InvalidIp.NotInNatgw', status: 400 });
    await expectError(snat({ sourceVSwitchId: 'vsw-nope' }), { code: 'InvalidVSwitchId.NotFound', status: 404 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatEntryName: 'x' }), { code: 'InvalidParameter.Name.Malformed', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', snatEntryName: 'http://egress' }), { code: 'InvalidParameter.Name.Malformed', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.0.0/24', eipAffinity: 2 }), { code: 'InvalidParameter', status: 400 });
    await expectError(createSnat(acct, { snatTableId: 'stb-nope', snatIp: a.ip, sourceCIDR: '10.0.0.0/24' }), { code: 'InvalidSnatTableId.NotFound', status: 404 });
    await expectError(createSnat(acct, { snatTableId: forwardTableId, snatIp: a.ip, sourceCIDR: '10.0.0.0/24' }), { code: 'InvalidSnatTableId.NotFound', status: 404 });

    // A vSwitch of another VPC of the same account is not a source for this gateway.
    const { vpcId: otherVpc } = (await acct.vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '172.16.0.0/16' }))).body;
    assert.notEqual(otherVpc, vpcId);
    const foreignVSwitch = (await acct.vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId: otherVpc, zoneId: 'cn-hangzhou-b', cidrBlock: '172.16.1.0/24' }))).body.vSwitchId;
    await expectError(snat({ sourceVSwitchId: foreignVSwitch }), { code: 'InvalidVSwitchId.NotFound', status: 404 });

    // One entry per source: the same vSwitch, or its block given as a CIDR, is a repeat.
    await snat({ sourceVSwitchId: otherVSwitchId });
    await expectError(snat({ sourceVSwitchId: otherVSwitchId }), { code: 'Forbidden.SourceVSwitchId.Duplicated', status: 400 });
    await expectError(snat({ sourceCIDR: '10.0.2.0/24' }), { code: 'Forbidden.SourceVSwitchId.Duplicated', status: 400 });
    await snat({ sourceCIDR: '10.9.0.0/16' });
    await expectError(snat({ sourceCIDR: '10.9.0.0/16' }), { code: 'Forbidden.SourceVSwitchId.Duplicated', status: 400 });

    // An IP-mapped EIP belongs to its DNAT entry alone.
    const mapped = await bindEip(acct, natGatewayId);
    await createFwd(acct, { forwardTableId, externalIp: mapped.ip, externalPort: 'any', internalIp: '10.0.1.30', internalPort: 'any', ipProtocol: 'any' });
    await expectError(snat({ sourceCIDR: '10.8.0.0/16', snatIp: mapped.ip }), { code: 'Forbidden.IpUsedInForwardTable', status: 400 });

    const vpcNat = await lab({ networkType: 'intranet' });
    await expectError(createSnat(vpcNat.acct, { snatTableId: vpcNat.snatTableId, snatIp: '10.0.1.50', sourceCIDR: '10.0.0.0/24' }), { code: 'OperationDenied.VpcNatGateway', status: 400 });
    assert.equal((await describeSnat(vpcNat.acct, { snatTableId: vpcNat.snatTableId })).totalCount, 0);
  });
});

describe('NAT gateway DNAT (forward) entries', () => {
  it('CreateForwardEntry forwards ports, ranges and whole addresses; DescribeForwardTableEntries filters; DeleteForwardEntry removes', async () => {
    const { acct, natGatewayId, forwardTableId } = await lab();
    const [a, b] = [await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId)];

    const web = (await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '8080', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'TCP', forwardEntryName: 'web' })).body;
    assert.match(web.forwardEntryId, FWD_ID_RE);
    assert.equal(typeof web.requestId, 'string');
    const dns = (await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '8080', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'udp' })).body.forwardEntryId;
    const range = (await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '10000/10009', internalIp: '10.0.1.11', internalPort: '20000/20009', ipProtocol: 'tcp' })).body.forwardEntryId;
    const mapping = (await createFwd(acct, { forwardTableId, externalIp: b.ip, externalPort: 'Any', internalIp: '10.0.1.12', internalPort: 'any', ipProtocol: 'Any' })).body.forwardEntryId;

    const listed = await describeFwd(acct, { forwardTableId });
    assert.equal(listed.totalCount, 4);
    assert.equal(listed.pageNumber, 1);
    assert.equal(listed.pageSize, 10);
    const entries = Object.fromEntries(listed.forwardTableEntries.forwardTableEntry.map((e) => [e.forwardEntryId, e]));
    assert.deepEqual({ ...entries[web.forwardEntryId] }, {
      forwardEntryId: web.forwardEntryId, forwardEntryName: 'web', forwardTableId, externalIp: a.ip, externalPort: '8080',
      internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp', natGatewayId, status: 'Available',
    });
    assert.equal(entries[range].externalPort, '10000/10009');
    assert.equal(entries[range].internalPort, '20000/20009');
    assert.deepEqual([entries[mapping].externalPort, entries[mapping].internalPort, entries[mapping].ipProtocol], ['any', 'any', 'any']);

    const ids = (body) => body.forwardTableEntries.forwardTableEntry.map((e) => e.forwardEntryId).sort();
    assert.equal((await describeFwd(acct, { natGatewayId })).totalCount, 4, 'by NatGatewayId as by ForwardTableId');
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, ipProtocol: 'TCP' })), [web.forwardEntryId, range].sort());
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, externalIp: b.ip })), [mapping]);
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, externalPort: '10000/10009' })), [range]);
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, internalIp: '10.0.1.10', internalPort: '80' })), [web.forwardEntryId, dns].sort());
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, forwardEntryName: 'web' })), [web.forwardEntryId]);
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, forwardEntryId: dns })), [dns]);
    assert.deepEqual(ids(await describeFwd(acct, { forwardTableId, natGatewayId: 'ngw-other' })), []);

    await deleteFwd(acct, forwardTableId, dns);
    assert.equal((await describeFwd(acct, { forwardTableId })).totalCount, 3);
    await expectError(deleteFwd(acct, forwardTableId, dns), { code: 'InvalidForwardEntryId.NotFound', status: 404 });
    await expectError(deleteFwd(acct, 'ftb-nope', web.forwardEntryId), { code: 'InvalidForwardTableId.NotFound', status: 404 });
  });

  it('CreateForwardEntry refuses bad addresses, ports, protocols and occupied ports with Alibaba codes', async () => {
    const { acct, natGatewayId, forwardTableId, snatTableId } = await lab();
    const a = await bindEip(acct, natGatewayId);
    const unbound = (await acct.allocate()).eipAddress;
    const fwd = (fields) => createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp', ...fields });

    await expectError(fwd({ externalIp: '1.2.3' }), { code: 'InvalidExternalIp.Malformed', status: 400 });
    for (const externalPort of ['0', '65536', '20/10', '1-5', 'x']) {
      await expectError(fwd({ externalPort }), { code: 'InvalidExternalPort.Malformed', status: 400 });
    }
    await expectError(fwd({ internalPort: 'abc' }), { code: 'InvalidInternalPort.Malformed', status: 400 });
    await expectError(fwd({ externalPort: '100/110', internalPort: '200/205' }), { code: 'InvalidInternalPort.Malformed', status: 400 });
    await expectError(fwd({ ipProtocol: 'icmp' }), { code: 'InvalidProtocal.ValueNotSupported', status: 400 });
    await expectError(fwd({ externalPort: 'any', internalPort: 'any' }), { code: 'InvalidParameter.IpMapping', status: 400 });
    await expectError(fwd({ ipProtocol: 'any' }), { code: 'InvalidParameter.IpMapping', status: 400 });
    await expectError(fwd({ internalIp: '10.0.1' }), { code: 'InvalidInternalIp.Malformed', status: 400 });
    await expectError(fwd({ internalIp: '192.168.0.5' }), { code: 'Forbidden.InternalIpOutOfVpcCIDR', status: 400 });
    await expectError(fwd({ externalIp: unbound }), { code: 'InvalidIp.NotInNatgw', status: 400 });
    await expectError(fwd({ forwardEntryName: '1st' }), { code: 'InvalidParameter.Name.Malformed', status: 400 });
    await expectError(fwd({ forwardTableId: 'ftb-nope' }), { code: 'InvalidForwardTableId.NotFound', status: 404 });
    await expectError(fwd({ forwardTableId: snatTableId }), { code: 'InvalidForwardTableId.NotFound', status: 404 });
    await expectError(createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', ipProtocol: 'tcp' }), { code: 'MissingParameter', status: 400 });

    // (ExternalIp, ExternalPort, IpProtocol) and (InternalIp, InternalPort, IpProtocol) are unique; ranges and "any" overlap.
    await fwd({ externalPort: '1000/1010', internalPort: '2000/2010' });
    await expectError(fwd({ externalPort: '1000/1010', internalIp: '10.0.1.11', internalPort: '3000/3010' }), { code: 'Duplicated.ExternalPort', status: 400 });
    await expectError(fwd({ externalPort: '1005', internalIp: '10.0.1.11' }), { code: 'Duplicated.ExternalPort', status: 400 });
    await expectError(fwd({ externalPort: '900/1000', internalIp: '10.0.1.11', internalPort: '900/1000' }), { code: 'Duplicated.ExternalPort', status: 400 });
    await expectError(fwd({ externalPort: '80', internalPort: '2005' }), { code: 'OperationUnsupported.ForwardEntry', status: 400 });
    await fwd({ externalPort: '1005', internalIp: '10.0.1.11', ipProtocol: 'udp' });
    await expectError(fwd({ externalIp: a.ip, externalPort: 'any', internalIp: '10.0.1.40', internalPort: 'any', ipProtocol: 'any' }), { code: 'Duplicated.ExternalPort', status: 400 });

    // An EIP that SNAT also uses: ports up to 1024 freely, above only with PortBreak, no IP mapping.
    const shared = await bindEip(acct, natGatewayId);
    await createSnat(acct, { snatTableId, sourceCIDR: '10.0.0.0/16', snatIp: shared.ip });
    await fwd({ externalIp: shared.ip, externalPort: '443', internalIp: '10.0.1.50', internalPort: '443' });
    await expectError(fwd({ externalIp: shared.ip, externalPort: '8443', internalIp: '10.0.1.50', internalPort: '8443' }), { code: 'Forbidden.ExternalIp.UsedInSnatTable', status: 400 });
    await fwd({ externalIp: shared.ip, externalPort: '8443', internalIp: '10.0.1.50', internalPort: '8443', portBreak: true });
    await expectError(fwd({ externalIp: shared.ip, externalPort: 'any', internalIp: '10.0.1.51', internalPort: 'any', ipProtocol: 'any' }), { code: 'Forbidden.ExternalIp.UsedInSnatTable', status: 400 });

    const vpcNat = await lab({ networkType: 'intranet' });
    await expectError(createFwd(vpcNat.acct, { forwardTableId: vpcNat.forwardTableId, externalIp: '10.0.1.50', externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp' }),
      { code: 'OperationDenied.VpcNatGateway', status: 400 });
  });
});

describe('NAT entry tables', () => {
  it('another account\'s SNAT and forward tables are not found; Describe needs a table or a gateway', async () => {
    const owner = await lab();
    const a = await bindEip(owner.acct, owner.natGatewayId);
    const snatEntryId = (await createSnat(owner.acct, { snatTableId: owner.snatTableId, sourceCIDR: '10.0.0.0/16', snatIp: a.ip })).body.snatEntryId;
    const forwardEntryId = (await createFwd(owner.acct, { forwardTableId: owner.forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp' })).body.forwardEntryId;
    const intruder = await ctx.harness.createAccount();

    await expectError(createSnat(intruder, { snatTableId: owner.snatTableId, sourceCIDR: '10.1.0.0/16', snatIp: a.ip }), { code: 'InvalidSnatTableId.NotFound', status: 404 });
    await expectError(describeSnat(intruder, { snatTableId: owner.snatTableId }), { code: 'InvalidSnatTableId.NotFound', status: 404 });
    await expectError(describeSnat(intruder, { natGatewayId: owner.natGatewayId }), { code: 'InvalidNatGatewayId.NotFound', status: 404 });
    await expectError(deleteSnat(intruder, owner.snatTableId, snatEntryId), { code: 'InvalidSnatTableId.NotFound', status: 404 });
    await expectError(createFwd(intruder, { forwardTableId: owner.forwardTableId, externalIp: a.ip, externalPort: '81', internalIp: '10.0.1.10', internalPort: '81', ipProtocol: 'tcp' }),
      { code: 'InvalidForwardTableId.NotFound', status: 404 });
    await expectError(describeFwd(intruder, { forwardTableId: owner.forwardTableId }), { code: 'InvalidForwardTableId.NotFound', status: 404 });
    await expectError(describeFwd(intruder, { natGatewayId: owner.natGatewayId }), { code: 'InvalidNatGatewayId.NotFound', status: 404 });
    await expectError(deleteFwd(intruder, owner.forwardTableId, forwardEntryId), { code: 'InvalidForwardTableId.NotFound', status: 404 });
    await expectError(describeSnat(owner.acct, { snatTableId: owner.snatTableId, regionId: 'cn-beijing' }), { code: 'InvalidSnatTableId.NotFound', status: 404 });

    await expectError(describeSnat(owner.acct, {}), { code: 'MissingParameter', status: 400 });
    await expectError(describeFwd(owner.acct, {}), { code: 'MissingParameter', status: 400 });
    await expectError(describeSnat(owner.acct, { snatTableId: owner.snatTableId, pageSize: 51 }), { code: 'InvalidParameter', status: 400 });
    await expectError(describeFwd(owner.acct, { forwardTableId: owner.forwardTableId, pageSize: 51 }), { code: 'InvalidParameter', status: 400 });
    assert.equal((await describeSnat(owner.acct, { snatTableId: owner.snatTableId })).totalCount, 1, 'the intruder changed nothing');
    assert.equal((await describeFwd(owner.acct, { forwardTableId: owner.forwardTableId })).totalCount, 1, 'the intruder changed nothing');
  });

  it('R-EIP-10: a repeated ClientToken creates an SNAT or DNAT entry once', async () => {
    const { acct, natGatewayId, snatTableId, forwardTableId } = await lab();
    const a = await bindEip(acct, natGatewayId);
    const snat = { snatTableId, sourceCIDR: '10.0.0.0/16', snatIp: a.ip, clientToken: `snat-${natGatewayId}` };
    const first = (await createSnat(acct, snat)).body.snatEntryId;
    assert.equal((await createSnat(acct, snat)).body.snatEntryId, first);
    const fwd = { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp', clientToken: `fwd-${natGatewayId}` };
    const firstFwd = (await createFwd(acct, fwd)).body.forwardEntryId;
    assert.equal((await createFwd(acct, fwd)).body.forwardEntryId, firstFwd);
    assert.equal((await describeSnat(acct, { snatTableId })).totalCount, 1);
    assert.equal((await describeFwd(acct, { forwardTableId })).totalCount, 1);
  });

  it('DeleteNatGateway refuses while SNAT or DNAT entries remain; DeleteVSwitch while it is an SNAT source', async () => {
    const { acct, natGatewayId, snatTableId, forwardTableId, otherVSwitchId } = await lab();
    const a = await bindEip(acct, natGatewayId);
    const snatEntryId = (await createSnat(acct, { snatTableId, sourceVSwitchId: otherVSwitchId, snatIp: a.ip })).body.snatEntryId;
    const forwardEntryId = (await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp' })).body.forwardEntryId;
    const deleteGateway = () => acct.vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: REGION, natGatewayId }));

    const snatErr = await expectError(deleteGateway, { code: 'DependencyViolation.SnatEntry', status: 400 });
    assert.match(snatErr.message, new RegExp(snatEntryId));
    const vSwitchErr = await expectError(acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId: otherVSwitchId })), { code: 'DependencyViolation.SnatEntry', status: 400 });
    assert.match(vSwitchErr.message, new RegExp(snatEntryId));
    await deleteSnat(acct, snatTableId, snatEntryId);
    const fwdErr = await expectError(deleteGateway, { code: 'DependencyViolation.ForwardEntry', status: 400 });
    assert.match(fwdErr.message, new RegExp(forwardEntryId));
    await deleteFwd(acct, forwardTableId, forwardEntryId);
    await expectError(deleteGateway, { code: 'DependencyViolation.Eip', status: 400 });
    await acct.vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId: otherVSwitchId }));
  });
});

describe('Unassociating an EIP that NAT entries use', () => {
  it('R-NAT-6: an EIP used by an SNAT entry is refused (InvalidIpStatus.HasBeenUsedBySnatTable); Force takes it out of the entries', async () => {
    const { acct, vSwitchId, natGatewayId, snatTableId } = await lab();
    const [a, b] = [await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId)];
    const alone = (await createSnat(acct, { snatTableId, sourceVSwitchId: vSwitchId, snatIp: a.ip })).body.snatEntryId;
    const pooled = (await createSnat(acct, { snatTableId, sourceCIDR: '192.168.0.0/16', snatIp: `${a.ip},${b.ip}` })).body.snatEntryId;

    const err = await expectError(unassociate(acct, a.allocationId, natGatewayId), { code: 'InvalidIpStatus.HasBeenUsedBySnatTable', status: 400 });
    assert.match(err.message, new RegExp(alone));
    await expectError(unassociate(acct, a.allocationId, natGatewayId, false), { code: 'InvalidIpStatus.HasBeenUsedBySnatTable', status: 400 });
    assert.equal((await acct.describeOne(a.allocationId)).status, 'InUse');

    await unassociate(acct, a.allocationId, natGatewayId, true);
    await waitForStatus(acct, a.allocationId, 'Available');
    const left = (await describeSnat(acct, { snatTableId })).snatTableEntries.snatTableEntry;
    assert.deepEqual(left.map((e) => [e.snatEntryId, e.snatIp]), [[pooled, b.ip]], 'the single-address entry is gone, the pooled one keeps its other address');
    const ipList = await ipListOf(acct, natGatewayId);
    assert.deepEqual(ipList.map((ip) => [ip.allocationId, ip.usingStatus]), [[b.allocationId, 'UsedBySnatTable']]);

    // An EIP no entry uses goes without Force.
    const c = await bindEip(acct, natGatewayId);
    await unassociate(acct, c.allocationId, natGatewayId);
    await waitForStatus(acct, c.allocationId, 'Available');
  });

  it('R-NAT-6: an EIP used by a DNAT entry is refused (InvalidIpStatus.HasBeenUsedByForwardEntry); Force deletes the entries', async () => {
    const { acct, natGatewayId, forwardTableId } = await lab();
    const [a, b] = [await bindEip(acct, natGatewayId), await bindEip(acct, natGatewayId)];
    const web = (await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.10', internalPort: '80', ipProtocol: 'tcp' })).body.forwardEntryId;
    await createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '53', internalIp: '10.0.1.10', internalPort: '53', ipProtocol: 'udp' });
    const kept = (await createFwd(acct, { forwardTableId, externalIp: b.ip, externalPort: '80', internalIp: '10.0.1.11', internalPort: '80', ipProtocol: 'tcp' })).body.forwardEntryId;

    const err = await expectError(unassociate(acct, a.allocationId, natGatewayId), { code: 'InvalidIpStatus.HasBeenUsedByForwardEntry', status: 400 });
    assert.match(err.message, new RegExp(web));
    await unassociate(acct, a.allocationId, natGatewayId, true);
    await waitForStatus(acct, a.allocationId, 'Available');
    const left = (await describeFwd(acct, { forwardTableId })).forwardTableEntries.forwardTableEntry;
    assert.deepEqual(left.map((e) => e.forwardEntryId), [kept]);
    // The freed address can no longer be used by new entries.
    await expectError(createFwd(acct, { forwardTableId, externalIp: a.ip, externalPort: '80', internalIp: '10.0.1.12', internalPort: '80', ipProtocol: 'tcp' }), { code: 'InvalidIp.NotInNatgw', status: 400 });
  });
});
