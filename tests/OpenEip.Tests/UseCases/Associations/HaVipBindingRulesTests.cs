using OpenEip.Core.Associations;
using OpenEip.Core.HaVips;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>R-HAVIP-3 … 5: the HaVip binding rules decided from their facts alone, no database.</summary>
public sealed class HaVipBindingRulesTests
{
    private static readonly BindingRequest s_request = new(Eip(), BindingTargetTypes.HaVip, "havip-test", null, null);

    private static HaVipBindingFacts Facts() => new(HaVip(), []);

    [Fact]
    public void R_HAVIP_5_an_available_havip_takes_the_eip_on_its_address_in_nat_mode()
    {
        var binding = HaVipBindingRules.Decide(Facts(), s_request, Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingTargetTypes.HaVip, binding.Value.InstanceType);
        Assert.Equal("havip-test", binding.Value.InstanceId);
        Assert.Equal(BindingModes.Nat, binding.Value.Mode);
        Assert.Equal("10.0.1.30", binding.Value.PrivateIpAddress);
        Assert.Equal("HaVip:havip-test", binding.Value.ExclusiveTarget);
        Assert.Equal(Now, binding.Value.BoundAt);
    }

    [Fact]
    public void R_HAVIP_4_a_havip_in_use_by_members_takes_it_too_on_its_own_address_not_the_masters()
    {
        var inUse = HaVip() with { Members = [new HaVipMember("i-test", BindingTargetTypes.EcsInstance)], MasterInstanceId = "i-test" };

        var binding = HaVipBindingRules.Decide(Facts() with { HaVip = inUse }, s_request, Now);

        Assert.Equal("InUse", inUse.Status);
        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal("10.0.1.30", binding.Value.PrivateIpAddress);
    }

    [Fact]
    public void An_unknown_havip_is_not_found_by_the_id_asked_for()
    {
        var refused = HaVipBindingRules.Decide(HaVipBindingFacts.NotFound, s_request, Now);
        Assert.Contains("havip-test", refused.Error!.Message);
    }

    [Fact]
    public void A_havip_of_another_region_is_refused()
    {
        var refused = HaVipBindingRules.Decide(Facts() with { HaVip = HaVip() with { RegionId = "cn-shanghai" } }, s_request, Now);
        Assert.Contains("cn-shanghai", refused.Error!.Message);
    }

    [Fact]
    public void R_HAVIP_3_a_havip_with_an_eip_takes_no_second_one()
    {
        var facts = Facts() with { EipsOnHaVip = [BoundEip("eip-first", BindingTargetTypes.HaVip, "havip-test", "10.0.1.30")] };

        var refused = HaVipBindingRules.Decide(facts, s_request, Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("eip-first", refused.Error.Message);
    }
}
