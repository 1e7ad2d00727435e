using OpenEip.Core.Nat;
using OpenEip.Core.UseCases.Nat;
using static OpenEip.Tests.Nat.NatEntryTestData;

namespace OpenEip.Tests.Nat;

/// <summary>The SNAT entry rules (R-NAT-5) decided from their facts alone, no database.</summary>
public sealed class SnatEntryRulesTests
{
    private static SnatEntryFacts Facts(
        IReadOnlyList<SnatEntry>? snat = null, IReadOnlyList<ForwardEntry>? forward = null, Core.Networks.VSwitch? sourceVSwitch = null, NatGateway? gateway = null) =>
        new(gateway ?? Gateway, Bound, snat ?? [], forward ?? [], sourceVSwitch);

    private static CreateSnatEntryCommand ByCidr(string cidr = "10.0.3.0/24", string snatIp = BoundIp) =>
        new(Account, "cn-hangzhou", Gateway.SnatTableId, snatIp) { SourceCidr = cidr };

    private static CreateSnatEntryCommand ByVSwitch(string vSwitchId = "vsw-web", string snatIp = BoundIp) =>
        new(Account, "cn-hangzhou", Gateway.SnatTableId, snatIp) { SourceVSwitchId = vSwitchId };

    private static ModifySnatEntryCommand Modification() => new(Account, "cn-hangzhou", Gateway.SnatTableId, "snat-1");

    [Fact]
    public void ParseSnatIps_takes_a_comma_separated_list_trimmed()
    {
        Assert.Equal([BoundIp, OtherBoundIp], SnatEntryRules.ParseSnatIps($" {BoundIp} ,{OtherBoundIp},").Value);
    }

    [Theory]
    [InlineData("", "MissingParameter")]
    [InlineData(" , ", "MissingParameter")]
    [InlineData("203.0.113.1,not-an-ip", "InvalidSnatIp.Malformed")]
    [InlineData("203.0.113.1, 203.0.113.1", "InvalidSnatIp.Malformed")]
    public void ParseSnatIps_refuses_no_address_a_malformed_one_and_a_repeated_one(string text, string code)
    {
        Assert.Equal(code, SnatEntryRules.ParseSnatIps(text).Error?.Code);
    }

    [Theory]
    [InlineData(null, null, "MissingParameter")]
    [InlineData("vsw-web", "10.0.2.0/24", "InvalidParameter.SourceConflict")]
    [InlineData(null, "10.0.2.1/24", "InvalidSourceCIDR.Malformed")]
    [InlineData(null, "10.0.2.0/24", null)]
    [InlineData("vsw-web", null, null)]
    public void ValidateSource_takes_exactly_one_source_and_a_block_well_formed(string? vSwitchId, string? cidr, string? code)
    {
        var command = new CreateSnatEntryCommand(Account, "cn-hangzhou", Gateway.SnatTableId, BoundIp) { SourceVSwitchId = vSwitchId, SourceCidr = cidr };

        Assert.Equal(code, SnatEntryRules.ValidateSource(command)?.Code);
    }

    [Fact]
    public void R_NAT_5_Create_by_CIDR_makes_the_entry_on_the_gateways_table()
    {
        var command = ByCidr() with { Name = "web", EipAffinity = 1 };

        var entry = SnatEntryRules.Create(Facts(), command, [BoundIp, OtherBoundIp], "snat-new", Now).Value;

        Assert.Equal(
            ("snat-new", Gateway.NatGatewayId, Gateway.SnatTableId, "", "10.0.3.0/24", "web", 1, Now),
            (entry.SnatEntryId, entry.NatGatewayId, entry.SnatTableId, entry.SourceVSwitchId, entry.SourceCidr, entry.Name, entry.EipAffinity, entry.CreationTime));
        Assert.Equal([BoundIp, OtherBoundIp], entry.SnatIps);
    }

    [Fact]
    public void R_NAT_5_Create_by_vSwitch_takes_the_vSwitchs_block_as_its_source()
    {
        var entry = SnatEntryRules.Create(Facts(sourceVSwitch: VSwitch()), ByVSwitch(), [BoundIp], "snat-new", Now).Value;

        Assert.Equal(("vsw-web", "10.0.2.0/24"), (entry.SourceVSwitchId, entry.SourceCidr));
    }

    [Fact]
    public void R_NAT_1_Create_on_an_intranet_gateway_is_OperationDenied_before_anything_else()
    {
        var intranet = Gateway with { NetworkType = "intranet" };

        var refused = SnatEntryRules.Create(Facts(gateway: intranet), ByVSwitch(snatIp: StrangerIp), [StrangerIp], "snat-new", Now);

        Assert.Equal("OperationDenied.VpcNatGateway", refused.Error?.Code);
    }

    [Fact]
    public void Create_with_an_unknown_source_vSwitch_is_InvalidVSwitchId_NotFound()
    {
        Assert.Equal("InvalidVSwitchId.NotFound", SnatEntryRules.Create(Facts(sourceVSwitch: null), ByVSwitch(), [BoundIp], "snat-new", Now).Error?.Code);
    }

    [Fact]
    public void Create_with_a_source_vSwitch_of_another_VPC_is_InvalidVSwitchId_NotFound_before_the_addresses_are_checked()
    {
        var elsewhere = VSwitch(vpcId: "vpc-other");

        var refused = SnatEntryRules.Create(Facts(sourceVSwitch: elsewhere), ByVSwitch(snatIp: StrangerIp), [StrangerIp], "snat-new", Now);

        Assert.Equal("InvalidVSwitchId.NotFound", refused.Error?.Code);
        Assert.Contains("vpc-test", refused.Error!.Message);
    }

    [Fact]
    public void Create_with_an_address_not_bound_to_the_gateway_is_InvalidIp_NotInNatgw()
    {
        var refused = SnatEntryRules.Create(Facts(), ByCidr(), [BoundIp, StrangerIp], "snat-new", Now);

        Assert.Equal("InvalidIp.NotInNatgw", refused.Error?.Code);
        Assert.Contains(StrangerIp, refused.Error!.Message);
    }

    [Fact]
    public void Create_with_an_address_IP_mapped_by_a_DNAT_entry_is_Forbidden_IpUsedInForwardTable()
    {
        var facts = Facts(forward: [Forward("fwd-port", BoundIp, "80", "10.0.1.10", "80"), IpMapping("fwd-map", OtherBoundIp, "10.0.1.11")]);

        var refused = SnatEntryRules.Create(facts, ByCidr(), [BoundIp, OtherBoundIp], "snat-new", Now);

        Assert.Equal("Forbidden.IpUsedInForwardTable", refused.Error?.Code);
        Assert.Contains("fwd-map", refused.Error!.Message);
    }

    [Fact]
    public void Create_may_share_an_address_with_port_forwarding()
    {
        var facts = Facts(forward: [Forward("fwd-port", BoundIp, "80", "10.0.1.10", "80")]);

        Assert.True(SnatEntryRules.Create(facts, ByCidr(), [BoundIp], "snat-new", Now).IsSuccess);
    }

    [Fact]
    public void R_NAT_5_a_block_already_in_an_entry_is_Forbidden_SourceVSwitchId_Duplicated()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.3.0/24")]);

        var refused = SnatEntryRules.Create(facts, ByCidr("10.0.3.0/24"), [BoundIp], "snat-new", Now);

        Assert.Equal("Forbidden.SourceVSwitchId.Duplicated", refused.Error?.Code);
        Assert.Contains("the block 10.0.3.0/24 (snat-1)", refused.Error!.Message);
    }

    [Fact]
    public void R_NAT_5_a_vSwitch_whose_block_an_entry_names_is_a_duplicate_too()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.2.0/24")], sourceVSwitch: VSwitch());

        var refused = SnatEntryRules.Create(facts, ByVSwitch(), [BoundIp], "snat-new", Now);

        Assert.Equal("Forbidden.SourceVSwitchId.Duplicated", refused.Error?.Code);
    }

    [Fact]
    public void R_NAT_5_a_block_that_is_a_vSwitch_entrys_source_names_that_vSwitch()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.2.0/24", "vsw-web")]);

        var refused = SnatEntryRules.Create(facts, ByCidr("10.0.2.0/24"), [BoundIp], "snat-new", Now);

        Assert.Equal("Forbidden.SourceVSwitchId.Duplicated", refused.Error?.Code);
        Assert.Contains("the vSwitch vsw-web (10.0.2.0/24)", refused.Error!.Message);
    }

    [Fact]
    public void R_NAT_5_the_same_vSwitch_twice_is_a_duplicate_even_if_its_block_were_recorded_otherwise()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.9.0/24", "vsw-web")], sourceVSwitch: VSwitch());

        Assert.Equal("Forbidden.SourceVSwitchId.Duplicated", SnatEntryRules.Create(facts, ByVSwitch(), [BoundIp], "snat-new", Now).Error?.Code);
    }

    [Fact]
    public void Other_sources_do_not_clash()
    {
        var facts = Facts(snat: [Snat("snat-1", "10.0.4.0/24"), Snat("snat-2", "10.0.5.0/24", "vsw-other")], sourceVSwitch: VSwitch());

        Assert.True(SnatEntryRules.Create(facts, ByVSwitch(), [BoundIp], "snat-new", Now).IsSuccess);
    }

    [Fact]
    public void Modify_without_SnatIp_keeps_the_addresses_and_checks_none()
    {
        // The entry's address is no longer bound (the facts would refuse it), but nothing asks to change it.
        var entry = Snat("snat-1", "10.0.3.0/24", "", StrangerIp);

        var modified = SnatEntryRules.Modify(Facts(), entry, Modification() with { Name = "renamed", EipAffinity = 1 }, snatIps: null).Value;

        Assert.Equal(entry with { Name = "renamed", EipAffinity = 1 }, modified);
    }

    [Fact]
    public void Modify_with_nothing_given_is_the_entry_as_it_is()
    {
        var entry = Snat("snat-1", "10.0.3.0/24") with { Name = "web", EipAffinity = 1 };

        Assert.Equal(entry, SnatEntryRules.Modify(Facts(), entry, Modification(), snatIps: null).Value);
    }

    [Fact]
    public void Modify_replaces_the_addresses_and_keeps_the_source()
    {
        var entry = Snat("snat-1", "10.0.2.0/24", "vsw-web");

        var modified = SnatEntryRules.Modify(Facts(), entry, Modification(), [OtherBoundIp]).Value;

        Assert.Equal([OtherBoundIp], modified.SnatIps);
        Assert.Equal(("vsw-web", "10.0.2.0/24"), (modified.SourceVSwitchId, modified.SourceCidr));
    }

    [Fact]
    public void Modify_to_an_address_not_bound_is_InvalidIp_NotInNatgw()
    {
        Assert.Equal("InvalidIp.NotInNatgw", SnatEntryRules.Modify(Facts(), Snat("snat-1", "10.0.3.0/24"), Modification(), [StrangerIp]).Error?.Code);
    }

    [Fact]
    public void Modify_to_an_IP_mapped_address_is_Forbidden_IpUsedInForwardTable()
    {
        var facts = Facts(forward: [IpMapping("fwd-map", OtherBoundIp, "10.0.1.11")]);

        Assert.Equal("Forbidden.IpUsedInForwardTable", SnatEntryRules.Modify(facts, Snat("snat-1", "10.0.3.0/24"), Modification(), [OtherBoundIp]).Error?.Code);
    }
}
