using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>R-ECS-*: the ECS binding rules decided from their facts alone, no database.</summary>
public sealed class EcsBindingRulesTests
{
    private static readonly BindingRequest s_request = new(Eip(), BindingTargetTypes.EcsInstance, "i-test", null, null);

    private static EcsBindingFacts Facts() => new(Instance(), InstanceStatus.Running, [], Eni(), null, null);

    [Fact]
    public void R_ECS_5_a_running_vpc_instance_takes_the_eip_on_its_primary_enis_primary_ip_in_nat_mode()
    {
        var binding = EcsBindingRules.Decide(Facts(), s_request, Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal("i-test", binding.Value.InstanceId);
        Assert.Equal(BindingModes.Nat, binding.Value.Mode);
        Assert.Equal("eni-primary", binding.Value.NetworkInterfaceId);
        Assert.Equal("10.0.1.10", binding.Value.PrivateIpAddress);
        Assert.Equal("EcsInstance:i-test", binding.Value.ExclusiveTarget);
        Assert.Equal(Now, binding.Value.BoundAt);
    }

    [Fact]
    public void R_ECS_3_a_stopped_instance_takes_it_too() =>
        Assert.True(EcsBindingRules.Decide(Facts() with { InstanceStatus = InstanceStatus.Stopped }, s_request, Now).IsSuccess);

    [Theory]
    [InlineData(InstanceStatus.Pending)]
    [InlineData(InstanceStatus.Starting)]
    [InlineData(InstanceStatus.Stopping)]
    public void R_ECS_3_an_instance_in_transition_is_refused(string status) =>
        Assert.Equal("IncorrectInstanceStatus", EcsBindingRules.Decide(Facts() with { InstanceStatus = status }, s_request, Now).Error!.Code);

    [Fact]
    public void An_unknown_instance_is_not_found_by_the_id_asked_for()
    {
        var refused = EcsBindingRules.Decide(EcsBindingFacts.NotFound, s_request, Now);
        Assert.Contains("i-test", refused.Error!.Message);
    }

    [Fact]
    public void R_ECS_2_an_instance_with_an_eip_takes_no_second_one()
    {
        var facts = Facts() with { EipsOnInstance = [BoundEip("eip-first", BindingTargetTypes.EcsInstance, "i-test")] };

        var refused = EcsBindingRules.Decide(facts, s_request, Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("eip-first", refused.Error.Message);
    }

    [Fact]
    public void R_ECS_7_the_primary_ip_already_mapped_through_the_eni_is_refused()
    {
        var facts = Facts() with { EipOnPrimaryIp = BoundEip("eip-eni", BindingTargetTypes.NetworkInterface, "eni-primary", "10.0.1.10", "eni-primary") };
        Assert.Equal("InvalidAssociation.Duplicated", EcsBindingRules.Decide(facts, s_request, Now).Error!.Code);
    }

    [Fact]
    public void R_ECS_1_a_classic_network_instance_is_refused() =>
        Assert.Equal("OperationDenied", EcsBindingRules.Decide(Facts() with { Instance = Instance() with { NetworkType = "classic" } }, s_request, Now).Error!.Code);

    [Fact]
    public void An_instance_of_another_region_is_refused() =>
        Assert.False(EcsBindingRules.Decide(Facts() with { Instance = Instance() with { RegionId = "cn-shanghai" } }, s_request, Now).IsSuccess);

    [Fact]
    public void R_ECS_4_an_instance_with_a_fixed_public_ip_is_refused()
    {
        var refused = EcsBindingRules.Decide(Facts() with { Instance = Instance() with { PublicIpAddress = "198.51.100.7" } }, s_request, Now);
        Assert.Contains("198.51.100.7", refused.Error!.Message);
    }
}
