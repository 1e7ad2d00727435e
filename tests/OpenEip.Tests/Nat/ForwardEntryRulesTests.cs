using OpenEip.Core.Nat;
using OpenEip.Core.UseCases.Nat;
using static OpenEip.Tests.Nat.NatEntryTestData;

namespace OpenEip.Tests.Nat;

/// <summary>The DNAT (forward) entry rules decided from their facts alone, no database.</summary>
public sealed class ForwardEntryRulesTests
{
    private static ForwardEntryFacts Facts(IReadOnlyList<ForwardEntry>? forward = null, IReadOnlyList<SnatEntry>? snat = null, NatGateway? gateway = null) =>
        new(gateway ?? Gateway, Vpc, Bound, forward ?? [], snat ?? []);

    private static CreateForwardEntryCommand Command(
        string externalIp = BoundIp, string externalPort = "80", string internalIp = "10.0.1.10", string internalPort = "8080", string protocol = "tcp") =>
        new(Account, "cn-hangzhou", Gateway.ForwardTableId, externalIp, externalPort, internalIp, internalPort, protocol);

    private static ForwardEntrySpec Spec(CreateForwardEntryCommand command) => ForwardEntryRules.Parse(command).Value;

    private static Core.Errors.Result<ForwardEntry> Create(ForwardEntryFacts facts, CreateForwardEntryCommand command) =>
        ForwardEntryRules.Create(facts, Spec(command), "fwd-new", Now);

    [Fact]
    public void Parse_stores_the_protocol_in_lower_case_and_the_ports_in_one_spelling()
    {
        var spec = Spec(Command(externalPort: "10/20", internalPort: "110/120", protocol: "UDP") with { Name = "web", PortBreak = true });

        Assert.Equal(("udp", "10/20", "110/120", "web", true), (spec.IpProtocol, spec.ExternalPort.ToString(), spec.InternalPort.ToString(), spec.Name, spec.PortBreak));
    }

    [Fact]
    public void Parse_takes_IP_mapping_as_all_any()
    {
        var spec = Spec(Command(externalPort: "Any", internalPort: "any", protocol: "Any"));

        Assert.True(spec.ExternalPort.IsAny);
        Assert.Equal("any", spec.IpProtocol);
    }

    [Theory]
    [InlineData("203.0.113", "80", "10.0.1.10", "80", "tcp", "InvalidExternalIp.Malformed")]
    [InlineData(BoundIp, "80", "10.0.1.10", "80", "icmp", "InvalidProtocal.ValueNotSupported")]
    [InlineData(BoundIp, "0", "10.0.1.10", "80", "tcp", "InvalidExternalPort.Malformed")]
    [InlineData(BoundIp, "80", "10.0.1.10", "20/10", "tcp", "InvalidInternalPort.Malformed")]
    [InlineData(BoundIp, "any", "10.0.1.10", "80", "tcp", "InvalidParameter.IpMapping")]
    [InlineData(BoundIp, "any", "10.0.1.10", "any", "tcp", "InvalidParameter.IpMapping")]
    [InlineData(BoundIp, "80", "10.0.1.10", "80", "any", "InvalidParameter.IpMapping")]
    [InlineData(BoundIp, "10/20", "10.0.1.10", "10/19", "tcp", "InvalidInternalPort.Malformed")]
    [InlineData(BoundIp, "80", "10.0.1", "80", "tcp", "InvalidInternalIp.Malformed")]
    public void Parse_refuses_each_malformed_parameter(string externalIp, string externalPort, string internalIp, string internalPort, string protocol, string code)
    {
        Assert.Equal(code, ForwardEntryRules.Parse(Command(externalIp, externalPort, internalIp, internalPort, protocol)).Error?.Code);
    }

    [Fact]
    public void Parse_refuses_a_malformed_name()
    {
        Assert.Equal("InvalidParameter.Name.Malformed", ForwardEntryRules.Parse(Command() with { Name = "1web" }).Error?.Code);
    }

    [Fact]
    public void Create_makes_the_entry_on_the_gateways_table()
    {
        var entry = Create(Facts(), Command() with { Name = "web" }).Value;

        Assert.Equal(
            ("fwd-new", Gateway.NatGatewayId, Gateway.ForwardTableId, BoundIp, "80", "10.0.1.10", "8080", "tcp", "web", Now),
            (entry.ForwardEntryId, entry.NatGatewayId, entry.ForwardTableId, entry.ExternalIp, entry.ExternalPort, entry.InternalIp, entry.InternalPort,
                entry.IpProtocol, entry.Name, entry.CreationTime));
    }

    [Fact]
    public void R_NAT_1_Create_on_an_intranet_gateway_is_OperationDenied_before_anything_else()
    {
        var facts = Facts(gateway: Gateway with { NetworkType = "intranet" }) with { Vpc = null };

        Assert.Equal("OperationDenied.VpcNatGateway", Create(facts, Command(externalIp: StrangerIp, internalIp: "192.168.0.1")).Error?.Code);
    }

    [Fact]
    public void A_gateway_without_its_VPC_is_a_bug_not_an_answer()
    {
        Assert.Throws<InvalidOperationException>(() => Create(Facts() with { Vpc = null }, Command()));
    }

    [Fact]
    public void Create_with_an_internal_IP_outside_the_VPC_is_Forbidden_InternalIpOutOfVpcCIDR()
    {
        var refused = Create(Facts(), Command(externalIp: StrangerIp, internalIp: "192.168.0.1"));

        Assert.Equal("Forbidden.InternalIpOutOfVpcCIDR", refused.Error?.Code);
        Assert.Contains("10.0.0.0/16, 172.16.0.0/24", refused.Error!.Message);
    }

    [Fact]
    public void Create_with_an_internal_IP_in_a_secondary_block_is_allowed()
    {
        Assert.True(Create(Facts(), Command(internalIp: "172.16.0.9")).IsSuccess);
    }

    [Fact]
    public void Create_with_an_external_IP_not_bound_to_the_gateway_is_InvalidIp_NotInNatgw()
    {
        Assert.Equal("InvalidIp.NotInNatgw", Create(Facts(), Command(externalIp: StrangerIp)).Error?.Code);
    }

    [Fact]
    public void IP_mapping_an_address_SNAT_uses_is_Forbidden_ExternalIp_UsedInSnatTable()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.3.0/24", "", OtherBoundIp, BoundIp)]);

        var refused = Create(facts, Command(externalPort: "any", internalPort: "any", protocol: "any"));

        Assert.Equal("Forbidden.ExternalIp.UsedInSnatTable", refused.Error?.Code);
        Assert.Contains("snat-1", refused.Error!.Message);
    }

    [Theory]
    [InlineData("1024", false, true)]
    [InlineData("1000/1025", false, false)]
    [InlineData("8080", false, false)]
    [InlineData("8080", true, true)]
    public void On_an_address_SNAT_uses_ports_above_1024_need_PortBreak(string port, bool portBreak, bool allowed)
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.3.0/24")]);

        var result = Create(facts, Command(externalPort: port, internalPort: port) with { PortBreak = portBreak });

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
            Assert.Equal("Forbidden.ExternalIp.UsedInSnatTable", result.Error?.Code);
    }

    [Fact]
    public void SNAT_on_another_address_does_not_limit_the_ports()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.3.0/24", "", OtherBoundIp)]);

        Assert.True(Create(facts, Command(externalPort: "8080")).IsSuccess);
    }

    [Fact]
    public void An_overlapping_external_port_of_the_same_protocol_is_Duplicated_ExternalPort()
    {
        var facts = Facts([Forward("fwd-1", BoundIp, "70/90", "10.0.1.20", "70/90")]);

        var refused = Create(facts, Command());

        Assert.Equal("Duplicated.ExternalPort", refused.Error?.Code);
        Assert.Contains("fwd-1", refused.Error!.Message);
    }

    [Fact]
    public void An_IP_mapping_overlaps_every_port_of_its_address()
    {
        var facts = Facts([IpMapping("fwd-map", BoundIp, "10.0.1.20")]);

        Assert.Equal("Duplicated.ExternalPort", Create(facts, Command(externalPort: "443", internalPort: "443")).Error?.Code);
    }

    [Fact]
    public void An_overlapping_internal_port_is_OperationUnsupported_ForwardEntry()
    {
        var facts = Facts([Forward("fwd-1", OtherBoundIp, "80", "10.0.1.10", "8080")]);

        Assert.Equal("OperationUnsupported.ForwardEntry", Create(facts, Command()).Error?.Code);
    }

    [Fact]
    public void Another_protocol_another_port_or_another_address_does_not_overlap()
    {
        var facts = Facts([
            Forward("fwd-udp", BoundIp, "80", "10.0.1.10", "8080", "udp"),
            Forward("fwd-port", BoundIp, "81", "10.0.1.10", "8081"),
            Forward("fwd-ip", OtherBoundIp, "80", "10.0.1.11", "8080"),
        ]);

        Assert.True(Create(facts, Command()).IsSuccess);
    }

    [Fact]
    public void Modify_does_not_overlap_the_entry_with_itself_and_keeps_its_identity()
    {
        var entry = Forward("fwd-1", BoundIp, "80", "10.0.1.10", "8080");
        var command = new ModifyForwardEntryCommand(Account, "cn-hangzhou", Gateway.ForwardTableId, "fwd-1") { InternalPort = "9090", Name = "web" };

        var modified = ForwardEntryRules.Modify(Facts([entry]), entry, Spec(ForwardEntryRules.Merge(entry, command))).Value;

        Assert.Equal(entry with { InternalPort = "9090", Name = "web" }, modified);
    }

    [Fact]
    public void Modify_onto_another_entrys_port_is_Duplicated_ExternalPort()
    {
        var entry = Forward("fwd-1", BoundIp, "80", "10.0.1.10", "8080");
        var other = Forward("fwd-2", BoundIp, "443", "10.0.1.11", "443");
        var command = new ModifyForwardEntryCommand(Account, "cn-hangzhou", Gateway.ForwardTableId, "fwd-1") { ExternalPort = "443" };

        var refused = ForwardEntryRules.Modify(Facts([entry, other]), entry, Spec(ForwardEntryRules.Merge(entry, command)));

        Assert.Equal("Duplicated.ExternalPort", refused.Error?.Code);
        Assert.Contains("fwd-2", refused.Error!.Message);
    }

    [Fact]
    public void Modify_obeys_the_SNAT_sharing_rule_as_a_new_entry_does()
    {
        var entry = Forward("fwd-1", OtherBoundIp, "8080", "10.0.1.10", "8080");
        var command = new ModifyForwardEntryCommand(Account, "cn-hangzhou", Gateway.ForwardTableId, "fwd-1") { ExternalIp = BoundIp };

        var refused = ForwardEntryRules.Modify(Facts([entry], [Snat("snat-1", "10.0.3.0/24")]), entry, Spec(ForwardEntryRules.Merge(entry, command)));

        Assert.Equal("Forbidden.ExternalIp.UsedInSnatTable", refused.Error?.Code);
    }
}
