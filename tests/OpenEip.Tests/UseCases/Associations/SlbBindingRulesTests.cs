using OpenEip.Core.Associations;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>R-LB-3, R-LB-4: the CLB binding rules decided from their facts alone, no database.</summary>
public sealed class SlbBindingRulesTests
{
    private static readonly BindingRequest s_request = new(Eip(), BindingTargetTypes.SlbInstance, "lb-test", null, null);

    private static SlbBindingFacts Facts() => new(ClassicLoadBalancer(), []);

    [Fact]
    public void R_LB_3_an_intranet_vpc_clb_takes_the_eip_on_its_address_in_nat_mode()
    {
        var binding = SlbBindingRules.Decide(Facts(), s_request, Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingTargetTypes.SlbInstance, binding.Value.InstanceType);
        Assert.Equal("lb-test", binding.Value.InstanceId);
        Assert.Equal(BindingModes.Nat, binding.Value.Mode);
        Assert.Equal("10.0.1.20", binding.Value.PrivateIpAddress);
        Assert.Equal("SlbInstance:lb-test", binding.Value.ExclusiveTarget);
        Assert.Equal(Now, binding.Value.BoundAt);
    }

    [Fact]
    public void An_unknown_clb_is_not_found_by_the_id_asked_for()
    {
        var refused = SlbBindingRules.Decide(SlbBindingFacts.NotFound, s_request, Now);
        Assert.Contains("lb-test", refused.Error!.Message);
    }

    [Fact]
    public void A_clb_of_another_region_is_refused()
    {
        var refused = SlbBindingRules.Decide(Facts() with { LoadBalancer = ClassicLoadBalancer() with { RegionId = "cn-shanghai" } }, s_request, Now);
        Assert.Contains("cn-shanghai", refused.Error!.Message);
    }

    [Fact]
    public void R_LB_3_an_internet_clb_is_refused()
    {
        var refused = SlbBindingRules.Decide(Facts() with { LoadBalancer = ClassicLoadBalancer() with { AddressType = "internet" } }, s_request, Now);

        Assert.Equal("OperationDenied", refused.Error!.Code);
        Assert.Contains("internet in the vpc network", refused.Error.Message);
    }

    [Fact]
    public void R_LB_3_a_classic_network_clb_is_refused()
    {
        var refused = SlbBindingRules.Decide(Facts() with { LoadBalancer = ClassicLoadBalancer() with { VpcId = "", VSwitchId = "" } }, s_request, Now);

        Assert.Equal("OperationDenied", refused.Error!.Code);
        Assert.Contains("intranet in the classic network", refused.Error.Message);
    }

    [Fact]
    public void R_LB_4_a_clb_with_an_eip_takes_no_second_one()
    {
        var facts = Facts() with { EipsOnLoadBalancer = [BoundEip("eip-first", BindingTargetTypes.SlbInstance, "lb-test", "10.0.1.20")] };

        var refused = SlbBindingRules.Decide(facts, s_request, Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("eip-first", refused.Error.Message);
    }

    [Fact]
    public void R_LB_4_is_checked_after_R_LB_3()
    {
        var facts = new SlbBindingFacts(ClassicLoadBalancer() with { AddressType = "internet" }, [BoundEip("eip-first", BindingTargetTypes.SlbInstance, "lb-test")]);
        Assert.Equal("OperationDenied", SlbBindingRules.Decide(facts, s_request, Now).Error!.Code);
    }
}
