using OpenEip.Core.Associations;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>R-NAT-1 … R-NAT-4: the NAT gateway binding rules decided from their facts alone, no database.</summary>
public sealed class NatBindingRulesTests
{
    // Named through the namespace: BindingTestData.NatGateway() hides the type's name here.
    private static readonly DateTimeOffset s_vSwitchIpPerEipSince = OpenEip.Core.Nat.NatGateway.VSwitchIpPerEipSince;

    private static readonly BindingRequest s_request = new(Eip(), BindingTargetTypes.Nat, "ngw-test", null, null);

    private static NatBindingFacts Facts() => new(NatGateway(), "Available", []);

    /// <summary><paramref name="count"/> other EIPs already on ngw-test.</summary>
    private static NatBindingFacts WithBound(int count) =>
        Facts() with { EipsOnGateway = [.. Enumerable.Range(1, count).Select(i => BoundEip($"eip-on-{i}", BindingTargetTypes.Nat, "ngw-test"))] };

    [Fact]
    public void An_available_internet_gateway_takes_the_eip_in_nat_mode_with_no_exclusive_target()
    {
        var decided = NatBindingRules.Decide(Facts(), s_request, Now);

        Assert.True(decided.IsSuccess, decided.Error?.ToString());
        var binding = decided.Value.Binding;
        Assert.Equal(BindingTargetTypes.Nat, binding.InstanceType);
        Assert.Equal("ngw-test", binding.InstanceId);
        Assert.Equal("eip-a", binding.AllocationId);
        Assert.Equal(BindingModes.Nat, binding.Mode);
        Assert.Null(binding.ExclusiveTarget);
        Assert.Equal(Now, binding.BoundAt);
    }

    [Fact]
    public void R_NAT_3_a_gateway_created_on_or_after_2022_09_19_asks_for_a_vswitch_ip_which_the_decision_leaves_to_be_reserved()
    {
        var facts = Facts() with { Gateway = NatGateway() with { CreationTime = s_vSwitchIpPerEipSince } };

        var decided = NatBindingRules.Decide(facts, s_request, Now);

        Assert.True(decided.Value.ReservesVSwitchIp);
        Assert.Equal("", decided.Value.Binding.PrivateIpAddress);
    }

    [Fact]
    public void R_NAT_3_an_older_gateway_takes_no_vswitch_ip()
    {
        var facts = Facts() with { Gateway = NatGateway() with { CreationTime = s_vSwitchIpPerEipSince.AddTicks(-1) } };

        var decided = NatBindingRules.Decide(facts, s_request, Now);

        Assert.False(decided.Value.ReservesVSwitchIp);
        Assert.Equal("", decided.Value.Binding.PrivateIpAddress);
    }

    [Fact]
    public void An_unknown_gateway_is_not_found_by_the_id_asked_for()
    {
        var refused = NatBindingRules.Decide(NatBindingFacts.NotFound, s_request, Now);
        Assert.Contains("ngw-test", refused.Error!.Message);
    }

    [Fact]
    public void A_gateway_of_another_region_is_refused()
    {
        var refused = NatBindingRules.Decide(Facts() with { Gateway = NatGateway() with { RegionId = "cn-shanghai" } }, s_request, Now);
        Assert.Contains("cn-shanghai", refused.Error!.Message);
    }

    [Fact]
    public void R_NAT_1_an_intranet_gateway_is_refused() =>
        Assert.Equal("OperationDenied", NatBindingRules.Decide(Facts() with { Gateway = NatGateway() with { NetworkType = "intranet" } }, s_request, Now).Error!.Code);

    [Fact]
    public void R_NAT_4_a_gateway_still_creating_is_refused_with_its_status()
    {
        var refused = NatBindingRules.Decide(Facts() with { GatewayStatus = "Creating" }, s_request, Now);

        Assert.Equal("IncorrectStatus.NatGateway", refused.Error!.Code);
        Assert.Contains("Creating", refused.Error.Message);
    }

    [Fact]
    public void R_NAT_4_is_checked_after_R_NAT_1()
    {
        var facts = new NatBindingFacts(NatGateway() with { NetworkType = "intranet" }, "Creating", []);
        Assert.Equal("OperationDenied", NatBindingRules.Decide(facts, s_request, Now).Error!.Code);
    }

    [Fact]
    public void R_NAT_2_a_gateway_with_19_eips_takes_a_20th() =>
        Assert.True(NatBindingRules.Decide(WithBound(NatBindingRules.MaxEips - 1), s_request, Now).IsSuccess);

    [Fact]
    public void R_NAT_2_a_gateway_with_20_eips_takes_no_21st()
    {
        var refused = NatBindingRules.Decide(WithBound(NatBindingRules.MaxEips), s_request, Now);

        Assert.Equal("QuotaExceeded.EipsPerNatGateway", refused.Error!.Code);
        Assert.Contains("ngw-test", refused.Error.Message);
    }

    [Fact]
    public void R_NAT_2_the_eip_being_bound_is_not_counted_against_the_gateway()
    {
        var facts = WithBound(NatBindingRules.MaxEips - 1);
        facts = facts with { EipsOnGateway = [.. facts.EipsOnGateway, BoundEip("eip-a", BindingTargetTypes.Nat, "ngw-test")] };

        Assert.True(NatBindingRules.Decide(facts, s_request, Now).IsSuccess);
    }

    [Fact]
    public void R_NAT_2_is_checked_after_R_NAT_4() =>
        Assert.Equal("IncorrectStatus.NatGateway", NatBindingRules.Decide(WithBound(NatBindingRules.MaxEips) with { GatewayStatus = "Creating" }, s_request, Now).Error!.Code);
}
