using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;

namespace OpenEip.Tests.Compute;

/// <summary>The ENI's transitions and checks, without a store (issue 11).</summary>
public sealed class NetworkInterfaceTransitionsTests
{
    private const string Account = "1000000000000001";
    private const string Region = "cn-hangzhou";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly ComputeTimings Timings = ComputeTimings.Default;

    /// <summary>3 ENIs (2 secondary), 6 private IPs per ENI, a family MULTI_BINDED does not serve.</summary>
    private static readonly InstanceType G7Large = new("ecs.g7.large", "ecs.g7", "EnterpriseLevel", 2, 8, 3, 6);

    /// <summary>A secondary ENI, created long ago, attached to nothing: Available.</summary>
    private static readonly NetworkInterface Eni = new()
    {
        NetworkInterfaceId = "eni-test", AccountId = Account, RegionId = Region, ZoneId = "cn-hangzhou-b", VpcId = "vpc-test",
        VSwitchId = "vsw-test", Type = "Secondary", PrimaryIpAddress = "10.0.1.10", MacAddress = "00:16:3e:00:00:01",
        SecurityGroupIds = ["sg-web"], NetworkInterfaceName = "web", Description = "front",
        AttachmentChanged = Now.AddHours(-1), CreationTime = Now.AddHours(-1),
    };

    private static readonly Instance RunningInstance = new()
    {
        InstanceId = "i-one", AccountId = Account, RegionId = Region, ZoneId = "cn-hangzhou-b", InstanceType = G7Large.InstanceTypeId,
        NetworkType = "vpc", VpcId = "vpc-test", VSwitchId = "vsw-test", PrimaryNetworkInterfaceId = "eni-primary",
        Transition = PowerTransition.Launch, TransitionStarted = Now.AddHours(-1), CreationTime = Now.AddHours(-1),
    };

    private static NetworkInterface AttachedTo(string instanceId, bool attached, TimeSpan ago, string id = "eni-other") =>
        Eni with { NetworkInterfaceId = id, InstanceId = instanceId, Attached = attached, AttachmentChanged = Now - ago };

    private static NetworkInterface Primary => Eni with { NetworkInterfaceId = "eni-primary", Type = "Primary", InstanceId = "i-one", Attached = true };

    private static EniAttachFacts Facts(Instance? instance = null) => new(instance ?? RunningInstance, G7Large, false, [], 1, []);

    private static Eip EipOn(string allocationId, string mode, string privateIp = "10.0.1.10") => new()
    {
        AllocationId = allocationId, AccountId = Account, RegionId = Region, IpAddress = "203.0.113.10", Bandwidth = 5,
        InternetChargeType = "PayByTraffic", InstanceChargeType = "PostPaid", Isp = "BGP", AllocationTime = Now.AddDays(-1),
        Binding = new EipBinding
        {
            AllocationId = allocationId, AccountId = Account, RegionId = Region, InstanceType = BindingTargetTypes.NetworkInterface,
            InstanceId = "eni-test", Mode = mode, PrivateIpAddress = privateIp, NetworkInterfaceId = "eni-test", BoundAt = Now.AddMinutes(-5),
        },
    };

    // Attach

    [Fact]
    public void Attach_takes_an_Available_secondary_eni_to_a_Running_instance_and_it_is_Attaching_then_InUse()
    {
        var attached = Eni.Attach(Facts(), Now, Timings).Value;

        Assert.Equal(Eni with { InstanceId = "i-one", Attached = true, AttachmentChanged = Now }, attached);
        Assert.Equal("Attaching", attached.StatusAt(Now, Timings));
        Assert.Equal("InUse", attached.StatusAt(Now + Timings.EniAttach, Timings));
    }

    [Fact]
    public void Attach_takes_a_Stopped_instance_too()
    {
        var stopped = RunningInstance with { Transition = PowerTransition.Stop };

        Assert.True(Eni.Attach(Facts(stopped), Now, Timings).IsSuccess);
    }

    [Fact]
    public void Attach_takes_an_eni_whose_detach_from_another_instance_has_settled()
    {
        var detached = AttachedTo("i-old", attached: false, TimeSpan.FromMinutes(1), Eni.NetworkInterfaceId);

        Assert.Equal("i-one", detached.Attach(Facts(), Now, Timings).Value.InstanceId);
    }

    [Fact]
    public void Attach_of_a_primary_eni_is_EniStatusNotSupport()
    {
        var error = Primary.Attach(Facts(), Now, Timings).Error;

        Assert.Equal("InvalidStatus.EniStatusNotSupport", error?.Code);
        Assert.Contains("a primary network interface", error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0.5, "Attaching")]
    [InlineData(true, 60, "InUse")]
    [InlineData(false, 0.5, "Detaching")]
    public void Attach_of_an_eni_that_is_not_Available_is_EniStatusNotSupport(bool attached, double secondsAgo, string status)
    {
        var eni = AttachedTo("i-two", attached, TimeSpan.FromSeconds(secondsAgo), Eni.NetworkInterfaceId);

        var error = eni.Attach(Facts(), Now, Timings).Error;

        Assert.Equal(status, eni.StatusAt(Now, Timings));
        Assert.Equal("InvalidStatus.EniStatusNotSupport", error?.Code);
        Assert.Contains($"is {status};", error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PowerTransition.Launch, 0, "Pending")]
    [InlineData(PowerTransition.Start, 1, "Starting")]
    [InlineData(PowerTransition.Stop, 1, "Stopping")]
    public void Attach_to_an_instance_in_a_transitional_state_is_IncorrectInstanceStatus(PowerTransition transition, double secondsAgo, string status)
    {
        var instance = RunningInstance with { Transition = transition, TransitionStarted = Now.AddSeconds(-secondsAgo) };

        var error = Eni.Attach(Facts(instance), Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", error?.Code);
        Assert.Contains($"is {status};", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_to_an_instance_of_another_vpc_is_InvalidVpcId_Mismatch()
    {
        var error = Eni.Attach(Facts(RunningInstance with { VpcId = "vpc-other" }), Now, Timings).Error;

        Assert.Equal("InvalidVpcId.Mismatch", error?.Code);
        Assert.Contains("vpc-other", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_to_a_classic_network_instance_is_InvalidVpcId_Mismatch_naming_the_classic_network()
    {
        var classic = RunningInstance with { NetworkType = "classic", VpcId = "", VSwitchId = "", PrimaryNetworkInterfaceId = "" };

        var error = Eni.Attach(Facts(classic), Now, Timings).Error;

        Assert.Equal("InvalidVpcId.Mismatch", error?.Code);
        Assert.Contains("the classic network", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_to_an_instance_of_another_zone_is_InvalidVSwitchId_ZoneMismatch()
    {
        Assert.Equal("InvalidVSwitchId.ZoneMismatch", Eni.Attach(Facts(RunningInstance with { ZoneId = "cn-hangzhou-c" }), Now, Timings).Error?.Code);
    }

    [Fact]
    public void R_ENI_4_a_third_secondary_eni_on_a_type_that_takes_two_is_EniCountExceeded()
    {
        var facts = Facts() with
        {
            InstanceEnis = [Primary, AttachedTo("i-one", true, TimeSpan.FromMinutes(1), "eni-a"), AttachedTo("i-one", true, TimeSpan.FromSeconds(0.5), "eni-b")],
        };

        var error = Eni.Attach(facts, Now, Timings).Error;

        Assert.Equal("InvalidOperation.EniCountExceeded", error?.Code);
        Assert.Contains("takes 2 secondary network interfaces; i-one has 2", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ENI_4_an_eni_still_detaching_counts_against_the_instance()
    {
        var facts = Facts() with
        {
            InstanceEnis = [Primary, AttachedTo("i-one", true, TimeSpan.FromMinutes(1), "eni-a"), AttachedTo("i-one", false, TimeSpan.FromSeconds(0.5), "eni-b")],
        };

        Assert.Equal("InvalidOperation.EniCountExceeded", Eni.Attach(facts, Now, Timings).Error?.Code);
    }

    [Fact]
    public void R_ENI_4_the_primary_eni_and_settled_detaches_do_not_count()
    {
        var facts = Facts() with
        {
            InstanceEnis = [Primary, AttachedTo("i-one", true, TimeSpan.FromMinutes(1), "eni-a"), AttachedTo("i-one", false, TimeSpan.FromMinutes(1), "eni-b")],
        };

        Assert.True(Eni.Attach(facts, Now, Timings).IsSuccess);
    }

    [Fact]
    public void R_ENI_4_an_eni_holding_more_private_ips_than_the_type_takes_is_Ipv4CountExceeded()
    {
        var atLimit = Eni.Attach(Facts() with { HeldPrivateIpCount = G7Large.EniPrivateIpAddressQuantity }, Now, Timings);
        var over = Eni.Attach(Facts() with { HeldPrivateIpCount = G7Large.EniPrivateIpAddressQuantity + 1 }, Now, Timings);

        Assert.True(atLimit.IsSuccess);
        Assert.Equal("InvalidOperation.Ipv4CountExceeded", over.Error?.Code);
        Assert.Contains("holds 7 private IPs", over.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_MULTI_6_an_eni_with_MULTI_BINDED_eips_attaches_only_to_a_family_that_serves_them()
    {
        var facts = Facts() with { EipsOnEni = [EipOn("eip-multi", BindingModes.MultiBinded)] };

        var refused = Eni.Attach(facts, Now, Timings);
        var served = Eni.Attach(facts with { MultiBindedSupported = true }, Now, Timings);

        Assert.Equal("OperationDenied.InstanceTypeNotSupported", refused.Error?.Code);
        Assert.Contains("ecs.g7", refused.Error?.Message, StringComparison.Ordinal);
        Assert.True(served.IsSuccess);
    }

    [Fact]
    public void R_MULTI_6_NAT_eips_on_the_eni_do_not_ask_for_the_family()
    {
        Assert.True(Eni.Attach(Facts() with { EipsOnEni = [EipOn("eip-nat", BindingModes.Nat)] }, Now, Timings).IsSuccess);
    }

    [Fact]
    public void R_BIND_8_attaching_again_restores_private_traffic_after_the_BINDED_eip_was_released()
    {
        var disabled = Eni with { PrivateTrafficDisabled = true };

        Assert.False(disabled.Attach(Facts(), Now, Timings).Value.PrivateTrafficDisabled);
    }

    [Fact]
    public void R_BIND_4_private_traffic_stays_disabled_while_a_BINDED_eip_is_on_the_eni()
    {
        var facts = Facts() with { EipsOnEni = [EipOn("eip-binded", BindingModes.Binded)] };

        Assert.True(Eni.Attach(facts, Now, Timings).Value.PrivateTrafficDisabled);
    }

    // Detach

    [Fact]
    public void Detach_from_its_instance_is_Detaching_then_Available()
    {
        var inUse = AttachedTo("i-one", true, TimeSpan.FromMinutes(1), Eni.NetworkInterfaceId);

        var detached = inUse.Detach("i-one", Now, Timings).Value;

        Assert.Equal(inUse with { Attached = false, AttachmentChanged = Now }, detached);
        Assert.Equal("Detaching", detached.StatusAt(Now, Timings));
        Assert.Equal("i-one", detached.VisibleInstanceIdAt(Now, Timings));
        Assert.Equal("Available", detached.StatusAt(Now + Timings.EniAttach, Timings));
        Assert.Equal("", detached.VisibleInstanceIdAt(Now + Timings.EniAttach, Timings));
    }

    [Fact]
    public void Detach_of_a_primary_eni_is_EniStatusNotSupport()
    {
        var error = Primary.Detach("i-one", Now, Timings).Error;

        Assert.Equal("InvalidStatus.EniStatusNotSupport", error?.Code);
        Assert.Contains("a primary network interface", error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0.5, "Attaching")]
    [InlineData(false, 0.5, "Detaching")]
    [InlineData(false, 60, "Available")]
    public void Detach_of_an_eni_that_is_not_InUse_is_EniStatusNotSupport(bool attached, double secondsAgo, string status)
    {
        var eni = AttachedTo("i-one", attached, TimeSpan.FromSeconds(secondsAgo), Eni.NetworkInterfaceId);

        var error = eni.Detach("i-one", Now, Timings).Error;

        Assert.Equal("InvalidStatus.EniStatusNotSupport", error?.Code);
        Assert.Contains($"is {status};", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detach_of_an_eni_that_was_never_attached_is_EniStatusNotSupport()
    {
        Assert.Equal("InvalidStatus.EniStatusNotSupport", Eni.Detach("i-one", Now, Timings).Error?.Code);
    }

    [Fact]
    public void Detach_from_another_instance_than_its_own_is_InvalidInstanceId_Mismatch()
    {
        var inUse = AttachedTo("i-one", true, TimeSpan.FromMinutes(1), Eni.NetworkInterfaceId);

        var error = inUse.Detach("i-two", Now, Timings).Error;

        Assert.Equal("InvalidInstanceId.Mismatch", error?.Code);
        Assert.Contains("attached to i-one, not to i-two", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_eni_left_by_a_deleted_instance_is_Available_at_once()
    {
        var inUse = AttachedTo("i-one", true, TimeSpan.FromMinutes(1), Eni.NetworkInterfaceId);

        var left = inUse.LeaveDeletedInstance(Now);

        Assert.Equal("Available", left.StatusAt(Now, Timings));
        Assert.Equal("", left.InstanceId);
        Assert.Null(left.AttachedInstanceAt(Now, Timings));
    }

    // Modify

    private static readonly Dictionary<string, SecurityGroup> Groups = new()
    {
        ["sg-web"] = new SecurityGroup("sg-web", Account, Region, "vpc-test", "web", "", Now),
        ["sg-db"] = new SecurityGroup("sg-db", Account, Region, "vpc-test", "db", "", Now),
        ["sg-elsewhere"] = new SecurityGroup("sg-elsewhere", Account, Region, "vpc-other", "other", "", Now),
        ["sg-beijing"] = new SecurityGroup("sg-beijing", Account, "cn-beijing", "vpc-test", "bj", "", Now),
    };

    [Fact]
    public void Modify_changes_what_is_given_and_leaves_the_rest()
    {
        var renamed = Eni.Modify("api", null, null, new Dictionary<string, SecurityGroup>()).Value;
        var described = Eni.Modify(null, "back", null, new Dictionary<string, SecurityGroup>()).Value;

        Assert.Equal(Eni with { NetworkInterfaceName = "api" }, renamed);
        Assert.Equal(Eni with { Description = "back" }, described);
    }

    [Fact]
    public void R_ENI_5_Modify_replaces_the_whole_set_of_security_groups_each_once()
    {
        var modified = Eni.Modify(null, null, ["sg-db", "sg-web", "sg-db"], Groups).Value;

        Assert.Equal(["sg-db", "sg-web"], modified.SecurityGroupIds);
    }

    [Fact]
    public void R_ENI_5_a_primary_eni_takes_new_security_groups_too()
    {
        Assert.Equal(["sg-db"], Primary.Modify(null, null, ["sg-db"], Groups).Value.SecurityGroupIds);
    }

    [Fact]
    public void R_ENI_5_a_security_group_of_another_vpc_is_VPCMismatch()
    {
        var error = Eni.Modify(null, null, ["sg-web", "sg-elsewhere"], Groups).Error;

        Assert.Equal("InvalidSecurityGroupId.VPCMismatch", error?.Code);
        Assert.Contains("sg-elsewhere belongs to vpc-other", error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sg-missing")]
    [InlineData("sg-beijing")]
    public void R_ENI_5_a_security_group_not_found_or_in_another_region_is_NotFound(string groupId)
    {
        var error = Eni.Modify("api", null, [groupId], Groups).Error;

        Assert.Equal("InvalidSecurityGroupId.NotFound", error?.Code);
        Assert.Contains(groupId, error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ENI_5_the_first_offending_group_in_the_order_given_is_named()
    {
        Assert.Equal("InvalidSecurityGroupId.NotFound", Eni.Modify(null, null, ["sg-missing", "sg-elsewhere"], Groups).Error?.Code);
        Assert.Equal("InvalidSecurityGroupId.VPCMismatch", Eni.Modify(null, null, ["sg-elsewhere", "sg-missing"], Groups).Error?.Code);
    }

    [Fact]
    public void R_ENI_5_an_empty_set_of_security_groups_is_MissingParameter()
    {
        Assert.Equal("MissingParameter", Eni.Modify(null, null, [], Groups).Error?.Code);
        Assert.Equal("MissingParameter", NetworkInterface.CheckSecurityGroups(Region, "vpc-test", [], Groups)?.Code);
        Assert.Null(NetworkInterface.CheckSecurityGroups(Region, "vpc-test", ["sg-web"], Groups));
    }

    // Delete

    [Fact]
    public void An_Available_secondary_eni_with_no_havip_and_no_eip_can_be_deleted()
    {
        Assert.True(Eni.CheckDelete(new EniDeleteFacts([], []), Now, Timings).IsSuccess);
    }

    [Fact]
    public void Deleting_a_primary_eni_is_EniStatusNotSupport()
    {
        Assert.Equal("InvalidStatus.EniStatusNotSupport", Primary.CheckDelete(new EniDeleteFacts([], []), Now, Timings).Error?.Code);
    }

    [Theory]
    [InlineData(true, 0.5)]
    [InlineData(true, 60)]
    [InlineData(false, 0.5)]
    public void Deleting_an_eni_that_is_not_Available_is_EniStatusNotSupport(bool attached, double secondsAgo)
    {
        var eni = AttachedTo("i-one", attached, TimeSpan.FromSeconds(secondsAgo), Eni.NetworkInterfaceId);

        var error = eni.CheckDelete(new EniDeleteFacts([], []), Now, Timings).Error;

        Assert.Equal("InvalidStatus.EniStatusNotSupport", error?.Code);
        Assert.Contains("Available (detach it first)", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_eni_in_a_havip_is_DependencyViolation_HaVip_before_its_eips()
    {
        var error = Eni.CheckDelete(new EniDeleteFacts(["havip-one"], [EipOn("eip-one", BindingModes.Nat)]), Now, Timings).Error;

        Assert.Equal("DependencyViolation.HaVip", error?.Code);
        Assert.Contains("havip-one", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_eni_with_eips_is_DependencyViolation_Eip_naming_them()
    {
        var error = Eni.CheckDelete(new EniDeleteFacts([], [EipOn("eip-one", BindingModes.Nat), EipOn("eip-two", BindingModes.Nat, "10.0.1.11")]), Now, Timings).Error;

        Assert.Equal("DependencyViolation.Eip", error?.Code);
        Assert.Contains("eip-one, eip-two", error?.Message, StringComparison.Ordinal);
    }

    // Private IPs

    [Fact]
    public void R_ENI_4_an_eni_attached_to_nothing_holds_up_to_50_private_ips()
    {
        var facts = new EniAssignFacts(["10.0.1.10"], AttachedInstanceType: null);

        var fits = Eni.CheckAssign(facts, NetworkInterface.MaxPrivateIpsWhenDetached - 1);
        var over = Eni.CheckAssign(facts, NetworkInterface.MaxPrivateIpsWhenDetached);

        Assert.True(fits.IsSuccess);
        Assert.Equal("InvalidOperation.Ipv4CountExceeded", over.Error?.Code);
        Assert.Contains("would have 51 private IPs; at most 50", over.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ENI_4_an_attached_eni_holds_as_many_private_ips_as_its_instance_type_takes()
    {
        var facts = new EniAssignFacts(["10.0.1.10", "10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"], G7Large);

        Assert.True(Eni.CheckAssign(facts, 1).IsSuccess);
        Assert.Equal("InvalidOperation.Ipv4CountExceeded", Eni.CheckAssign(facts, 2).Error?.Code);
    }

    [Fact]
    public void Unassign_releases_secondary_ips_the_eni_holds_with_no_eip()
    {
        var facts = new EniUnassignFacts(["10.0.1.10", "10.0.1.11", "10.0.1.12"], [EipOn("eip-primary", BindingModes.Nat)]);

        Assert.True(Eni.CheckUnassign(["10.0.1.11", "10.0.1.12"], facts).IsSuccess);
    }

    [Fact]
    public void Unassigning_the_primary_ip_is_InvalidParameter()
    {
        var error = Eni.CheckUnassign(["10.0.1.10"], new EniUnassignFacts(["10.0.1.10"], [])).Error;

        Assert.Equal("InvalidParameter", error?.Code);
        Assert.Contains("PrivateIpAddress", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unassigning_an_ip_the_eni_does_not_hold_is_InvalidIp_NotFound()
    {
        Assert.Equal("InvalidIp.NotFound", Eni.CheckUnassign(["10.0.1.99"], new EniUnassignFacts(["10.0.1.10"], [])).Error?.Code);
    }

    [Fact]
    public void Unassigning_an_ip_with_an_eip_bound_to_it_is_DependencyViolation_Eip()
    {
        var facts = new EniUnassignFacts(["10.0.1.10", "10.0.1.11"], [EipOn("eip-second", BindingModes.Nat, "10.0.1.11")]);

        var error = Eni.CheckUnassign(["10.0.1.11"], facts).Error;

        Assert.Equal("DependencyViolation.Eip", error?.Code);
        Assert.Contains("The private IP 10.0.1.11 of eni-test has the EIPs eip-second", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unassign_names_the_first_offending_address_in_the_order_given()
    {
        var facts = new EniUnassignFacts(["10.0.1.10", "10.0.1.11"], []);

        Assert.Equal("InvalidIp.NotFound", Eni.CheckUnassign(["10.0.1.11", "10.0.1.99", "10.0.1.10"], facts).Error?.Code);
        Assert.Equal("InvalidParameter", Eni.CheckUnassign(["10.0.1.10", "10.0.1.99"], facts).Error?.Code);
    }
}
