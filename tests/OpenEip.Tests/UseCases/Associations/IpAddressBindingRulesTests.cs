using OpenEip.Core.Associations;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Core.UseCases.LoadBalancers;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;
using static OpenEip.Tests.UseCases.Associations.IpAddressBindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>InstanceType=IpAddress: the rules decided from their facts alone, no database.</summary>
public sealed class IpAddressBindingRulesTests
{
    private static BindingRequest Request(string address = FreeAddress, string? vpcId = BindingTestData.Vpc, string? privateIp = null) =>
        new(Eip(), BindingTargetTypes.IpAddress, address, null, privateIp) { VpcId = vpcId };

    private static string? RefusalCode(IpAddressBindingFacts facts, BindingRequest request) =>
        IpAddressBindingRules.Decide(facts, request, Now).Error?.Code;

    [Fact]
    public void A_free_address_of_the_vpc_takes_the_eip_in_nat_mode_claiming_that_address_of_that_vpc()
    {
        var binding = IpAddressBindingRules.Decide(AddressFacts(), Request(), Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingTargetTypes.IpAddress, binding.Value.InstanceType);
        Assert.Equal(FreeAddress, binding.Value.InstanceId);
        Assert.Equal(BindingModes.Nat, binding.Value.Mode);
        Assert.Equal(FreeAddress, binding.Value.PrivateIpAddress);
        Assert.Equal(BindingTestData.Vpc, binding.Value.VpcId);
        Assert.Equal($"IpAddress:{BindingTestData.Vpc}/{FreeAddress}", binding.Value.ExclusiveTarget);
        Assert.Null(binding.Value.PrivateIpKey);
        Assert.False(binding.Value.PrivateIpChosen);
        Assert.Equal(Now, binding.Value.BoundAt);
    }

    [Fact]
    public void PrivateIpAddress_may_repeat_the_address_and_is_then_chosen() =>
        Assert.True(IpAddressBindingRules.Decide(AddressFacts(), Request(privateIp: FreeAddress), Now).Value.PrivateIpChosen);

    [Fact]
    public void PrivateIpAddress_naming_another_address_is_refused_naming_it()
    {
        var refused = IpAddressBindingRules.Decide(AddressFacts(), Request(privateIp: "10.0.1.51"), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains("\"PrivateIpAddress\"", refused.Error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_VpcId_the_parameter_is_missing(string? vpcId)
    {
        var refused = IpAddressBindingRules.Decide(IpAddressBindingFacts.NotFound, Request(vpcId: vpcId), Now);

        Assert.Equal("MissingParameter", refused.Error!.Code);
        Assert.Contains("VpcId", refused.Error.Message);
    }

    [Fact]
    public void R_EIP_6_an_unknown_vpc_is_not_found_by_the_id_asked_for()
    {
        var refused = IpAddressBindingRules.Decide(IpAddressBindingFacts.NotFound, Request(vpcId: "vpc-missing"), Now);

        Assert.Equal("InvalidVpcId.NotFound", refused.Error!.Code);
        Assert.Contains("vpc-missing", refused.Error.Message);
    }

    [Fact]
    public void R_EIP_3_a_vpc_of_another_region_is_refused() =>
        Assert.Equal("InvalidParameter.Mismatch", RefusalCode(AddressFacts() with { Vpc = Vpc() with { RegionId = "cn-shanghai" } }, Request()));

    [Theory]
    [InlineData("i-test")]
    [InlineData("10.0.1")]
    [InlineData("10.0.1.256")]
    public void An_instance_id_that_is_not_an_ipv4_address_is_refused_naming_InstanceId(string address)
    {
        var refused = IpAddressBindingRules.Decide(AddressFacts(), Request(address), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains("IPv4 address", refused.Error.Message);
    }

    [Fact]
    public void An_address_outside_the_vpcs_blocks_is_refused_listing_them()
    {
        var refused = IpAddressBindingRules.Decide(AddressFacts(), Request("192.168.0.5"), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains("10.0.0.0/16", refused.Error.Message);
    }

    [Fact]
    public void An_address_in_a_secondary_block_of_the_vpc_is_allowed() =>
        Assert.True(IpAddressBindingRules.Decide(AddressFacts() with { Vpc = Vpc("172.16.0.0/24") }, Request("172.16.0.9"), Now).IsSuccess);

    [Theory]
    [InlineData(OpenEip.Core.Nat.NatGateway.PrivateIpOwner, "ngw-test")]
    [InlineData(CreateHaVip.OwnerType, "havip-test")]
    [InlineData(CreateClassicLoadBalancer.OwnerType, "lb-test")]
    public void An_address_another_kind_of_resource_holds_is_bound_through_that_resource(string ownerType, string ownerId)
    {
        var refused = IpAddressBindingRules.Decide(AddressFacts() with { Holder = HeldBy(ownerType, ownerId) }, Request(), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains($"{ownerId} ({ownerType})", refused.Error.Message);
    }

    [Fact]
    public void An_address_an_eni_holds_without_an_eip_on_it_is_allowed() =>
        Assert.True(IpAddressBindingRules.Decide(AddressFacts() with { Holder = HeldBy(NetworkInterfaces.OwnerType, "eni-second") }, Request(), Now).IsSuccess);

    [Fact]
    public void An_address_an_eni_maps_an_eip_to_takes_no_second_one_naming_the_way()
    {
        var facts = AddressFacts() with
        {
            Holder = HeldBy(NetworkInterfaces.OwnerType, "eni-second"),
            EipsOnHolder = [BoundEip("eip-eni", BindingTargetTypes.NetworkInterface, "eni-second", FreeAddress, "eni-second")],
        };

        var refused = IpAddressBindingRules.Decide(facts, Request(), Now);

        Assert.Equal("ResourceAlreadyAssociated.IpAddress", refused.Error!.Code);
        Assert.Contains("eip-eni (through NetworkInterface eni-second)", refused.Error.Message);
    }

    [Fact]
    public void R_ECS_7_an_address_an_instance_maps_an_eip_to_is_refused_naming_the_instance()
    {
        var facts = AddressFacts() with
        {
            Holder = HeldBy(NetworkInterfaces.OwnerType, "eni-primary"),
            EipsOnHolder = [BoundEip("eip-ecs", BindingTargetTypes.EcsInstance, "i-test", FreeAddress, "eni-primary")],
        };
        Assert.Contains("through EcsInstance i-test", IpAddressBindingRules.Decide(facts, Request(), Now).Error!.Message);
    }

    [Fact]
    public void An_eip_on_another_private_ip_of_the_holding_eni_does_not_take_the_address()
    {
        var facts = AddressFacts() with
        {
            Holder = HeldBy(NetworkInterfaces.OwnerType, "eni-second"),
            EipsOnHolder = [BoundEip("eip-eni", BindingTargetTypes.NetworkInterface, "eni-second", "10.0.1.40", "eni-second")],
        };
        Assert.True(IpAddressBindingRules.Decide(facts, Request(), Now).IsSuccess);
    }

    [Fact]
    public void An_address_already_bound_as_an_ip_address_takes_no_second_eip()
    {
        var facts = AddressFacts() with { EipBoundToAddress = BoundEip("eip-addr", BindingTargetTypes.IpAddress, FreeAddress, FreeAddress) };

        var refused = IpAddressBindingRules.Decide(facts, Request(), Now);

        Assert.Equal("ResourceAlreadyAssociated.IpAddress", refused.Error!.Code);
        Assert.Contains("eip-addr (as an IP address)", refused.Error.Message);
    }

    [Fact]
    public void The_same_address_in_two_vpcs_is_two_targets() =>
        Assert.NotEqual(IpAddressBindingRules.ExclusiveTargetOf("vpc-a", FreeAddress), IpAddressBindingRules.ExclusiveTargetOf("vpc-b", FreeAddress));

    [Fact]
    public void An_eni_or_ecs_binding_on_an_address_bound_as_an_ip_address_is_a_duplicate() =>
        Assert.Equal("InvalidAssociation.Duplicated", IpAddressBindingRules.AddressTaken(FreeAddress, BoundEip("eip-addr", BindingTargetTypes.IpAddress, FreeAddress, FreeAddress)).Code);
}
