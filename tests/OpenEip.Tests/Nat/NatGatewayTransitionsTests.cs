using OpenEip.Core.Nat;

namespace OpenEip.Tests.Nat;

/// <summary>
/// The NAT gateway's transitions without a store (issue 11): ModifyNatGatewayAttribute on an Available gateway only
/// (R-NAT-4's status), the EIP binding mode's one-way change, deletion protection, what keeps a gateway from being
/// deleted and in which order, and the operator's creation time (R-NAT-3's boundary).
/// </summary>
public sealed class NatGatewayTransitionsTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Creating = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Later = Created + Creating;

    private static readonly NatGateway Gateway = new()
    {
        NatGatewayId = "ngw-test", AccountId = "1000000000000001", RegionId = "cn-hangzhou", VpcId = "vpc-test", VSwitchId = "vsw-test",
        ZoneId = "cn-hangzhou-h", NetworkType = "internet", EipBindMode = "MULTI_BINDED", Name = "gw", Description = "the gateway",
        PrivateIpAddress = "10.0.1.5", NetworkInterfaceId = "eni-gw", SnatTableId = "stb-test", ForwardTableId = "ftb-test",
        ResourceGroupId = "rg-default", CreationTime = Created,
    };

    [Fact]
    public void R_NAT_4_Modify_while_Creating_is_IncorrectStatus_NATGW()
    {
        var refused = Gateway.Modify(new NatGatewayChanges { Name = "renamed" }, boundEips: 0, Later - TimeSpan.FromSeconds(1), Creating);

        Assert.Equal("IncorrectStatus.NATGW", refused.Error?.Code);
        Assert.Contains("Creating", refused.Error!.Message);
    }

    [Fact]
    public void Modify_once_Available_changes_the_fields_given_and_leaves_the_others()
    {
        var modified = Gateway.Modify(new NatGatewayChanges { Name = "renamed", IcmpReplyEnabled = false }, boundEips: 0, Later, Creating).Value;

        Assert.Equal(("renamed", "the gateway", "MULTI_BINDED", false), (modified.Name, modified.Description, modified.EipBindMode, modified.IcmpReplyEnabled));
        Assert.Equal(Gateway with { Name = "renamed", IcmpReplyEnabled = false }, modified);
    }

    [Fact]
    public void Modify_with_nothing_given_is_the_gateway_as_it_is()
    {
        Assert.Equal(Gateway, Gateway.Modify(new NatGatewayChanges(), boundEips: 0, Later, Creating).Value);
    }

    [Fact]
    public void Modify_to_empty_texts_clears_them()
    {
        var modified = Gateway.Modify(new NatGatewayChanges { Name = "", Description = "" }, boundEips: 0, Later, Creating).Value;

        Assert.Equal(("", ""), (modified.Name, modified.Description));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NatGateway.MaxEipsForBindModeChange)]
    public void EipBindMode_changes_from_MULTI_BINDED_to_NAT_with_at_most_five_EIPs(int boundEips)
    {
        var modified = Gateway.Modify(new NatGatewayChanges { EipBindMode = "NAT" }, boundEips, Later, Creating).Value;

        Assert.Equal("NAT", modified.EipBindMode);
    }

    [Fact]
    public void EipBindMode_does_not_change_with_six_EIPs_bound()
    {
        var refused = Gateway.Modify(new NatGatewayChanges { EipBindMode = "NAT" }, NatGateway.MaxEipsForBindModeChange + 1, Later, Creating);

        Assert.Equal("OperationUnsupported.EipBindMode", refused.Error?.Code);
        Assert.Contains("it has 6 EIPs", refused.Error!.Message);
    }

    [Fact]
    public void EipBindMode_does_not_go_back_from_NAT_to_MULTI_BINDED()
    {
        var nat = Gateway with { EipBindMode = "NAT" };

        var refused = nat.Modify(new NatGatewayChanges { EipBindMode = "MULTI_BINDED" }, boundEips: 0, Later, Creating);

        Assert.Equal("OperationUnsupported.EipBindMode", refused.Error?.Code);
        Assert.Contains("does not go back", refused.Error!.Message);
    }

    [Theory]
    [InlineData("MULTI_BINDED")]
    [InlineData("NAT")]
    public void EipBindMode_given_as_it_is_is_no_change_whatever_the_EIPs(string mode)
    {
        var gateway = Gateway with { EipBindMode = mode };

        Assert.Equal(gateway, gateway.Modify(new NatGatewayChanges { EipBindMode = mode }, boundEips: 20, Later, Creating).Value);
    }

    [Fact]
    public void SetDeletionProtection_turns_it_on_and_off_in_any_status()
    {
        var on = Gateway.SetDeletionProtection(true).Value;
        var off = on.SetDeletionProtection(false).Value;

        Assert.True(on.DeletionProtection);
        Assert.Equal(Gateway, off);
    }

    [Fact]
    public void CheckDeletable_with_nothing_left_is_allowed()
    {
        Assert.True(Gateway.CheckDeletable(NatGatewayDependents.None).IsSuccess);
    }

    [Fact]
    public void CheckDeletable_refuses_deletion_protection_first_whatever_else_remains()
    {
        var everything = new NatGatewayDependents(["snat-1"], ["fwd-1"], ["eip-1"]);

        var refused = (Gateway with { DeletionProtection = true }).CheckDeletable(everything);

        Assert.Equal("InvalidOperation.DeletionProtection", refused.Error?.Code);
    }

    [Fact]
    public void CheckDeletable_names_SNAT_entries_before_DNAT_entries_and_EIPs()
    {
        var refused = Gateway.CheckDeletable(new NatGatewayDependents(["snat-1", "snat-2"], ["fwd-1"], ["eip-1"]));

        Assert.Equal("DependencyViolation.SnatEntry", refused.Error?.Code);
        Assert.Contains("snat-1, snat-2", refused.Error!.Message);
    }

    [Fact]
    public void CheckDeletable_names_DNAT_entries_before_EIPs()
    {
        var refused = Gateway.CheckDeletable(new NatGatewayDependents([], ["fwd-1"], ["eip-1"]));

        Assert.Equal("DependencyViolation.ForwardEntry", refused.Error?.Code);
        Assert.Contains("fwd-1", refused.Error!.Message);
    }

    [Fact]
    public void CheckDeletable_refuses_a_gateway_with_EIPs_bound()
    {
        var refused = Gateway.CheckDeletable(new NatGatewayDependents([], [], ["eip-1", "eip-2"]));

        Assert.Equal("DependencyViolation.Eip", refused.Error?.Code);
        Assert.Contains("eip-1, eip-2", refused.Error!.Message);
    }

    [Fact]
    public void R_NAT_3_SetCreationTime_before_2022_09_19_makes_a_gateway_take_no_vSwitch_IP_per_EIP()
    {
        var older = Gateway.SetCreationTime(NatGateway.VSwitchIpPerEipSince - TimeSpan.FromSeconds(1)).Value;
        var boundary = Gateway.SetCreationTime(NatGateway.VSwitchIpPerEipSince).Value;

        Assert.True(Gateway.TakesVSwitchIpPerEip);
        Assert.False(older.TakesVSwitchIpPerEip);
        Assert.True(boundary.TakesVSwitchIpPerEip);
        Assert.Equal(Gateway with { CreationTime = older.CreationTime }, older);
    }

    [Fact]
    public void SetCreationTime_moves_the_Creating_period_with_it()
    {
        var recreated = Gateway.SetCreationTime(Later).Value;

        Assert.Equal("Available", Gateway.StatusAt(Later, Creating));
        Assert.Equal("Creating", recreated.StatusAt(Later, Creating));
    }
}
