using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;
using static OpenEip.Tests.UseCases.Associations.EniBindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>R-ENI-*, R-BIND-*, R-MULTI-*: the ENI binding rules decided from their facts alone, no database.</summary>
public sealed class NetworkInterfaceBindingRulesTests
{
    private static BindingRequest Request(string? mode = null, string? privateIp = null, string eniId = SecondaryEniId) =>
        new(Eip(), BindingTargetTypes.NetworkInterface, eniId, mode, privateIp);

    private static Eip OnSecondary(string allocationId, string mode = BindingModes.Nat, string ip = SecondaryPrimaryIp) =>
        BoundEip(allocationId, BindingTargetTypes.NetworkInterface, SecondaryEniId, ip, SecondaryEniId, mode);

    /// <summary>MULTI_BINDED EIPs on the secondary ENI's primary IP; like real ones, they hold no private IP key.</summary>
    private static Eip[] MultiBindedEips(int count) =>
        [.. Enumerable.Range(1, count).Select(i => MultiBinded($"eip-m{i}"))];

    private static Eip MultiBinded(string allocationId)
    {
        var eip = OnSecondary(allocationId, BindingModes.MultiBinded);
        return eip with { Binding = eip.Binding! with { PrivateIpKey = null } };
    }

    private static string? RefusalCode(NetworkInterfaceBindingFacts facts, BindingRequest request) =>
        NetworkInterfaceBindingRules.Decide(facts, request, Now).Error?.Code;

    // Common (R-EIP-3, R-EIP-6)

    [Fact]
    public void R_EIP_6_an_unknown_network_interface_is_not_found_by_the_id_asked_for()
    {
        var refused = NetworkInterfaceBindingRules.Decide(NetworkInterfaceBindingFacts.NotFound, Request(eniId: "eni-missing"), Now);

        Assert.Equal("InvalidInstanceId.NotFound", refused.Error!.Code);
        Assert.Contains("eni-missing", refused.Error.Message);
    }

    [Fact]
    public void R_EIP_3_a_network_interface_of_another_region_is_refused() =>
        Assert.Equal("InvalidParameter.Mismatch", RefusalCode(EniFacts(SecondaryEni() with { RegionId = "cn-shanghai" }), Request()));

    // NAT mode (R-ENI)

    [Fact]
    public void R_ENI_2_without_a_mode_or_ip_the_eip_maps_in_nat_mode_to_the_enis_primary_ip()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(), Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingTargetTypes.NetworkInterface, binding.Value.InstanceType);
        Assert.Equal(SecondaryEniId, binding.Value.InstanceId);
        Assert.Equal(SecondaryEniId, binding.Value.NetworkInterfaceId);
        Assert.Equal(BindingModes.Nat, binding.Value.Mode);
        Assert.Equal(SecondaryPrimaryIp, binding.Value.PrivateIpAddress);
        Assert.False(binding.Value.PrivateIpChosen);
        Assert.Equal(Now, binding.Value.BoundAt);
    }

    [Fact]
    public void R_ENI_3_a_nat_binding_claims_its_private_ip_and_not_the_whole_eni()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(BindingModes.Nat), Now).Value;

        Assert.Equal($"{SecondaryEniId}/{SecondaryPrimaryIp}", binding.PrivateIpKey);
        Assert.Null(binding.ExclusiveTarget);
    }

    [Fact]
    public void R_ENI_1_a_primary_eni_takes_an_eip_in_nat_mode()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(Eni()), Request(eniId: "eni-primary"), Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal("10.0.1.10", binding.Value.PrivateIpAddress);
    }

    [Fact]
    public void R_ENI_2_a_secondary_private_ip_the_eni_owns_is_taken_as_chosen()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(null, SecondaryIp), Request(privateIp: SecondaryIp), Now);

        Assert.Equal(SecondaryIp, binding.Value.PrivateIpAddress);
        Assert.Equal($"{SecondaryEniId}/{SecondaryIp}", binding.Value.PrivateIpKey);
        Assert.True(binding.Value.PrivateIpChosen);
    }

    [Fact]
    public void R_ENI_2_an_empty_private_ip_means_the_primary_one_not_a_chosen_one()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(privateIp: ""), Now).Value;

        Assert.Equal(SecondaryPrimaryIp, binding.PrivateIpAddress);
        Assert.False(binding.PrivateIpChosen);
    }

    [Fact]
    public void R_ENI_2_an_ip_the_eni_does_not_own_is_refused_naming_PrivateIpAddress()
    {
        var refused = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(privateIp: "10.0.1.99"), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains("\"PrivateIpAddress\"", refused.Error.Message);
    }

    [Fact]
    public void R_ENI_3_a_private_ip_that_has_an_eip_takes_no_second_one()
    {
        var facts = EniFacts() with { EipsOnEni = [OnSecondary("eip-first")] };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(), Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("eip-first", refused.Error.Message);
    }

    [Fact]
    public void R_ECS_7_a_primary_ip_mapped_through_its_instance_is_refused_naming_the_instance()
    {
        var throughInstance = BoundEip("eip-ecs", BindingTargetTypes.EcsInstance, "i-test", "10.0.1.10", "eni-primary");
        var facts = EniFacts(Eni()) with { EipsOnEni = [throughInstance] };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(eniId: "eni-primary"), Now);

        Assert.Contains("through its instance i-test", refused.Error!.Message);
    }

    [Fact]
    public void R_ENI_6_another_private_ip_of_the_same_eni_takes_its_own_eip()
    {
        var facts = EniFacts(null, SecondaryIp) with { EipsOnEni = [OnSecondary("eip-first")] };
        Assert.True(NetworkInterfaceBindingRules.Decide(facts, Request(privateIp: SecondaryIp), Now).IsSuccess);
    }

    [Theory]
    [InlineData(BindingModes.Binded)]
    [InlineData(BindingModes.MultiBinded)]
    public void An_eni_with_eips_in_another_mode_takes_no_nat_eip(string otherMode)
    {
        var facts = EniFacts(null, SecondaryIp) with { EipsOnEni = [OnSecondary("eip-other", otherMode)] };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(BindingModes.Nat, SecondaryIp), Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains($"in {otherMode} mode", refused.Error.Message);
    }

    [Fact]
    public void The_eips_own_binding_is_not_counted_so_ModifyEipForwardMode_can_rebind_it()
    {
        var facts = EniFacts() with { EipsOnEni = [OnSecondary("eip-a", BindingModes.MultiBinded)] };
        Assert.True(NetworkInterfaceBindingRules.Decide(facts, Request(BindingModes.Nat), Now).IsSuccess);
    }

    [Fact]
    public void A_private_ip_bound_as_an_ip_address_takes_no_eni_eip()
    {
        var facts = EniFacts() with { EipBoundToAddress = BoundEip("eip-addr", BindingTargetTypes.IpAddress, SecondaryPrimaryIp, SecondaryPrimaryIp) };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(), Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("InstanceType=IpAddress", refused.Error.Message);
    }

    [Fact]
    public void The_ip_address_conflict_is_judged_after_the_mode_rules()
    {
        var facts = EniFacts() with { EipBoundToAddress = BoundEip("eip-addr", BindingTargetTypes.IpAddress, "10.0.1.99", "10.0.1.99") };
        Assert.Equal("InvalidParameter", RefusalCode(facts, Request(privateIp: "10.0.1.99")));
    }

    // BINDED mode (R-BIND)

    [Fact]
    public void R_BIND_2_a_detached_secondary_eni_takes_one_eip_on_its_primary_ip_claiming_the_whole_eni()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(BindingModes.Binded), Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingModes.Binded, binding.Value.Mode);
        Assert.Equal(SecondaryPrimaryIp, binding.Value.PrivateIpAddress);
        Assert.Equal($"BINDED:{SecondaryEniId}", binding.Value.ExclusiveTarget);
        Assert.Equal($"{SecondaryEniId}/{SecondaryPrimaryIp}", binding.Value.PrivateIpKey);
    }

    [Fact]
    public void R_BIND_2_the_primary_ip_may_be_named_and_is_then_chosen() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts(), Request(BindingModes.Binded, SecondaryPrimaryIp), Now).Value.PrivateIpChosen);

    [Fact]
    public void R_BIND_2_a_secondary_private_ip_is_refused_even_if_the_eni_owns_it()
    {
        var refused = NetworkInterfaceBindingRules.Decide(EniFacts(null, SecondaryIp), Request(BindingModes.Binded, SecondaryIp), Now);

        Assert.Equal("InvalidParameter", refused.Error!.Code);
        Assert.Contains("primary private IP", refused.Error.Message);
    }

    [Fact]
    public void R_BIND_1_a_primary_eni_is_refused() =>
        Assert.Equal("OperationDenied.PrimaryNetworkInterface", RefusalCode(EniFacts(Eni()), Request(BindingModes.Binded, eniId: "eni-primary")));

    [Theory]
    [InlineData("InUse")]
    [InlineData("Attaching")]
    [InlineData("Detaching")]
    public void R_BIND_3_an_eni_that_is_not_available_is_refused_with_its_status(string status)
    {
        var refused = NetworkInterfaceBindingRules.Decide(EniFacts() with { EniStatus = status }, Request(BindingModes.Binded), Now);

        Assert.Equal("InvalidStatus.EniStatusNotSupport", refused.Error!.Code);
        Assert.Contains($"is {status}", refused.Error.Message);
    }

    [Fact]
    public void R_BIND_5_an_eni_with_an_eip_takes_no_binded_one()
    {
        var facts = EniFacts() with { EipsOnEni = [OnSecondary("eip-first", ip: SecondaryIp)] };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(BindingModes.Binded), Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("eip-first", refused.Error.Message);
    }

    [Fact]
    public void R_BIND_6_a_region_without_the_mode_is_refused() =>
        Assert.Equal("InvalidRegion.NotSupport", RefusalCode(EniFacts() with { Region = Region(binded: false) }, Request(BindingModes.Binded)));

    [Fact]
    public void R_BIND_6_a_region_missing_from_the_catalogue_is_refused_too() =>
        Assert.Equal("InvalidRegion.NotSupport", RefusalCode(EniFacts() with { Region = null }, Request(BindingModes.Binded)));

    [Fact]
    public void R_BIND_6_the_region_is_judged_before_R_BIND_1() =>
        Assert.Equal("InvalidRegion.NotSupport", RefusalCode(EniFacts(Eni()) with { Region = Region(binded: false) }, Request(BindingModes.Binded, eniId: "eni-primary")));

    // MULTI_BINDED mode (R-MULTI)

    [Fact]
    public void R_MULTI_3_an_eni_takes_eips_that_claim_neither_the_eni_nor_its_private_ip()
    {
        var binding = NetworkInterfaceBindingRules.Decide(EniFacts(), Request(BindingModes.MultiBinded), Now);

        Assert.True(binding.IsSuccess, binding.Error?.ToString());
        Assert.Equal(BindingModes.MultiBinded, binding.Value.Mode);
        Assert.Equal(SecondaryPrimaryIp, binding.Value.PrivateIpAddress);
        Assert.Null(binding.Value.ExclusiveTarget);
        Assert.Null(binding.Value.PrivateIpKey);
    }

    [Fact]
    public void R_MULTI_2_an_eni_with_nine_eips_on_one_ip_takes_a_tenth_there() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts() with { EipsOnEni = MultiBindedEips(9) }, Request(BindingModes.MultiBinded), Now).IsSuccess);

    [Fact]
    public void R_MULTI_2_an_eni_with_ten_eips_takes_no_eleventh()
    {
        var refused = NetworkInterfaceBindingRules.Decide(EniFacts() with { EipsOnEni = MultiBindedEips(10) }, Request(BindingModes.MultiBinded), Now);

        Assert.Equal("QuotaExceeded.EipPerNetworkInterface", refused.Error!.Code);
        Assert.Contains("10 EIPs", refused.Error.Message);
    }

    [Fact]
    public void R_MULTI_2_the_eips_own_binding_is_not_among_the_ten() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts() with { EipsOnEni = [.. MultiBindedEips(9), MultiBinded("eip-a")] }, Request(BindingModes.MultiBinded), Now).IsSuccess);

    [Fact]
    public void R_MULTI_4_an_account_without_the_privilege_is_refused() =>
        Assert.Equal("Forbidden.MultiBindedNotAuthorized", RefusalCode(EniFacts() with { MultiBindedPrivilege = 0 }, Request(BindingModes.MultiBinded)));

    [Fact]
    public void R_MULTI_4_the_privilege_is_judged_before_everything_else_of_the_mode() =>
        Assert.Equal("Forbidden.MultiBindedNotAuthorized", RefusalCode(EniFacts(Eni()) with { MultiBindedPrivilege = 0, Region = null }, Request(BindingModes.MultiBinded, eniId: "eni-primary")));

    [Fact]
    public void R_MULTI_5_a_region_without_the_mode_is_refused() =>
        Assert.Equal("InvalidRegion.NotSupport", RefusalCode(EniFacts() with { Region = Region(multiBinded: false) }, Request(BindingModes.MultiBinded)));

    [Fact]
    public void R_MULTI_1_a_primary_eni_is_refused() =>
        Assert.Equal("OperationDenied.PrimaryNetworkInterface", RefusalCode(EniFacts(Eni()), Request(BindingModes.MultiBinded, eniId: "eni-primary")));

    [Fact]
    public void R_MULTI_6_an_eni_on_an_instance_of_a_family_without_the_mode_is_refused_naming_it()
    {
        var facts = EniFacts() with { AttachedInstanceId = "i-test", AttachedFamily = new MultiBindedFamily("ecs.g7", Supported: false) };

        var refused = NetworkInterfaceBindingRules.Decide(facts, Request(BindingModes.MultiBinded), Now);

        Assert.Equal("OperationDenied.InstanceTypeNotSupported", refused.Error!.Code);
        Assert.Contains("ecs.g7", refused.Error.Message);
    }

    [Fact]
    public void R_MULTI_6_an_eni_on_an_instance_of_a_family_with_the_mode_is_allowed() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts() with { AttachedInstanceId = "i-test", AttachedFamily = new MultiBindedFamily("ecs.g5", Supported: true) }, Request(BindingModes.MultiBinded), Now).IsSuccess);

    [Fact]
    public void R_MULTI_6_an_instance_whose_type_is_unknown_is_let_through() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts() with { AttachedInstanceId = "i-test", AttachedFamily = null }, Request(BindingModes.MultiBinded), Now).IsSuccess);

    [Fact]
    public void An_eni_with_nat_eips_takes_no_multi_binded_one()
    {
        var refused = NetworkInterfaceBindingRules.Decide(EniFacts() with { EipsOnEni = [OnSecondary("eip-nat")] }, Request(BindingModes.MultiBinded), Now);

        Assert.Equal("InvalidAssociation.Duplicated", refused.Error!.Code);
        Assert.Contains("in NAT mode", refused.Error.Message);
    }

    [Fact]
    public void R_ENI_2_in_multi_binded_mode_a_secondary_ip_the_eni_owns_is_taken() =>
        Assert.Equal(SecondaryIp, NetworkInterfaceBindingRules.Decide(EniFacts(null, SecondaryIp), Request(BindingModes.MultiBinded, SecondaryIp), Now).Value.PrivateIpAddress);

    [Fact]
    public void R_ENI_2_in_multi_binded_mode_an_ip_the_eni_does_not_own_is_refused() =>
        Assert.Equal("InvalidParameter", RefusalCode(EniFacts(), Request(BindingModes.MultiBinded, "10.0.1.99")));

    [Fact]
    public void In_multi_binded_mode_the_enis_primary_ip_is_taken_without_looking_at_the_owned_list() =>
        Assert.True(NetworkInterfaceBindingRules.Decide(EniFacts() with { OwnedPrivateIps = [] }, Request(BindingModes.MultiBinded), Now).IsSuccess);
}
