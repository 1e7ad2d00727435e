using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;

namespace OpenEip.Tests.Compute;

/// <summary>The instance's transitions and checks, without a store (issue 11).</summary>
public sealed class InstanceTransitionsTests
{
    private const string Account = "1000000000000001";
    private const string Region = "cn-hangzhou";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Pending 1 s, Starting 2 s, Stopping 2 s.</summary>
    private static readonly ComputeTimings Timings = ComputeTimings.Default;

    private static readonly InstanceDeleteFacts Free = new([], [], []);

    private static readonly Instance Running = new()
    {
        InstanceId = "i-one", AccountId = Account, RegionId = Region, ZoneId = "cn-hangzhou-b", InstanceType = "ecs.g7.large",
        NetworkType = "vpc", VpcId = "vpc-test", VSwitchId = "vsw-test", PrimaryNetworkInterfaceId = "eni-primary",
        Transition = PowerTransition.Launch, TransitionStarted = Now.AddHours(-1), CreationTime = Now.AddHours(-1),
    };

    private static readonly Instance Stopped = Running with { Transition = PowerTransition.Stop };

    /// <summary>The instance in each state that is neither Running nor Stopped, at <see cref="Now"/>.</summary>
    public static TheoryData<string> TransitionalStates => new() { InstanceStatus.Pending, InstanceStatus.Starting, InstanceStatus.Stopping };

    private static Instance In(string status) => status switch
    {
        InstanceStatus.Pending => Running with { Transition = PowerTransition.Launch, TransitionStarted = Now.AddSeconds(-0.5) },
        InstanceStatus.Starting => Running with { Transition = PowerTransition.Start, TransitionStarted = Now.AddSeconds(-1) },
        InstanceStatus.Stopping => Running with { Transition = PowerTransition.Stop, TransitionStarted = Now.AddSeconds(-1) },
        InstanceStatus.Running => Running,
        InstanceStatus.Stopped => Stopped,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static Eip EipOn(string allocationId, string instanceType, string instanceId) => new()
    {
        AllocationId = allocationId, AccountId = Account, RegionId = Region, IpAddress = "203.0.113.20", Bandwidth = 5,
        InternetChargeType = "PayByTraffic", InstanceChargeType = "PostPaid", Isp = "BGP", AllocationTime = Now.AddDays(-1),
        Binding = new EipBinding
        {
            AllocationId = allocationId, AccountId = Account, RegionId = Region, InstanceType = instanceType, InstanceId = instanceId,
            Mode = BindingModes.Nat, PrivateIpAddress = "10.0.1.10", NetworkInterfaceId = "eni-primary", BoundAt = Now.AddMinutes(-5),
        },
    };

    [Fact]
    public void R_ECS_3_a_launched_instance_is_Pending_then_Starting_then_Running_and_a_created_one_Pending_then_Stopped()
    {
        var launched = Running with { TransitionStarted = Now };
        var created = launched with { Transition = PowerTransition.Create };

        Assert.Equal(
            [InstanceStatus.Pending, InstanceStatus.Starting, InstanceStatus.Running],
            new[] { 0.5, 1.5, 3.0 }.Select(s => launched.StatusAt(Now.AddSeconds(s), Timings)));
        Assert.Equal([InstanceStatus.Pending, InstanceStatus.Stopped], new[] { 0.5, 1.5 }.Select(s => created.StatusAt(Now.AddSeconds(s), Timings)));
    }

    // Power

    [Fact]
    public void Start_takes_a_Stopped_instance_Starting_then_Running()
    {
        var started = Stopped.Start(Now, Timings).Value;

        Assert.Equal(Stopped with { Transition = PowerTransition.Start, TransitionStarted = Now }, started);
        Assert.Equal(InstanceStatus.Starting, started.StatusAt(Now, Timings));
        Assert.Equal(InstanceStatus.Running, started.StatusAt(Now + Timings.Starting, Timings));
    }

    [Theory]
    [InlineData(InstanceStatus.Pending)]
    [InlineData(InstanceStatus.Starting)]
    [InlineData(InstanceStatus.Running)]
    [InlineData(InstanceStatus.Stopping)]
    public void Start_of_an_instance_that_is_not_Stopped_is_IncorrectInstanceStatus(string status)
    {
        var error = In(status).Start(Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", error?.Code);
        Assert.Equal($"The instance i-one is {status}; this operation needs it Stopped.", error?.Message);
    }

    [Fact]
    public void Stop_takes_a_Running_instance_Stopping_then_Stopped()
    {
        var stopped = Running.Stop(Now, Timings).Value;

        Assert.Equal(Running with { Transition = PowerTransition.Stop, TransitionStarted = Now }, stopped);
        Assert.Equal(InstanceStatus.Stopping, stopped.StatusAt(Now, Timings));
        Assert.Equal(InstanceStatus.Stopped, stopped.StatusAt(Now + Timings.Stopping, Timings));
    }

    [Theory]
    [InlineData(InstanceStatus.Pending)]
    [InlineData(InstanceStatus.Starting)]
    [InlineData(InstanceStatus.Stopping)]
    [InlineData(InstanceStatus.Stopped)]
    public void Stop_of_an_instance_that_is_not_Running_is_IncorrectInstanceStatus(string status)
    {
        var error = In(status).Stop(Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", error?.Code);
        Assert.Equal($"The instance i-one is {status}; this operation needs it Running.", error?.Message);
    }

    [Fact]
    public void Reboot_takes_a_Running_instance_Stopping_then_Starting_then_Running()
    {
        var rebooted = Running.Reboot(Now, Timings).Value;

        Assert.Equal(Running with { Transition = PowerTransition.Reboot, TransitionStarted = Now }, rebooted);
        Assert.Equal(InstanceStatus.Stopping, rebooted.StatusAt(Now, Timings));
        Assert.Equal(InstanceStatus.Starting, rebooted.StatusAt(Now + Timings.Stopping, Timings));
        Assert.Equal(InstanceStatus.Running, rebooted.StatusAt(Now + Timings.Stopping + Timings.Starting, Timings));
    }

    [Theory]
    [InlineData(InstanceStatus.Pending)]
    [InlineData(InstanceStatus.Starting)]
    [InlineData(InstanceStatus.Stopping)]
    [InlineData(InstanceStatus.Stopped)]
    public void Reboot_of_an_instance_that_is_not_Running_is_IncorrectInstanceStatus(string status)
    {
        Assert.Equal("IncorrectInstanceStatus", In(status).Reboot(Now, Timings).Error?.Code);
    }

    // Delete

    [Fact]
    public void A_Stopped_instance_with_no_havip_and_no_eip_can_be_deleted_with_or_without_Force()
    {
        Assert.True(Stopped.CheckDelete(Free, force: false, Now, Timings).IsSuccess);
        Assert.True(Stopped.CheckDelete(Free, force: true, Now, Timings).IsSuccess);
    }

    [Fact]
    public void A_Running_instance_is_deleted_only_with_Force()
    {
        var refused = Running.CheckDelete(Free, force: false, Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", refused?.Code);
        Assert.Contains("needs it Stopped (or use Force)", refused?.Message, StringComparison.Ordinal);
        Assert.True(Running.CheckDelete(Free, force: true, Now, Timings).IsSuccess);
    }

    [Theory]
    [MemberData(nameof(TransitionalStates))]
    public void An_instance_in_a_transitional_state_is_not_deleted_even_with_Force(string status)
    {
        var error = In(status).CheckDelete(Free, force: true, Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", error?.Code);
        Assert.Contains("needs it Stopped or Running", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_instance_in_a_havip_is_DependencyViolation_HaVip_before_its_eips()
    {
        var facts = new InstanceDeleteFacts(["havip-one", "havip-two"], [EipOn("eip-one", BindingTargetTypes.EcsInstance, "i-one")], []);

        var error = Stopped.CheckDelete(facts, force: false, Now, Timings).Error;

        Assert.Equal("DependencyViolation.HaVip", error?.Code);
        Assert.Contains("havip-one, havip-two", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_instance_with_an_eip_is_DependencyViolation_Eip()
    {
        var facts = Free with { EipsOnInstance = [EipOn("eip-one", BindingTargetTypes.EcsInstance, "i-one")] };

        var error = Stopped.CheckDelete(facts, force: false, Now, Timings).Error;

        Assert.Equal("DependencyViolation.Eip", error?.Code);
        Assert.Equal("i-one has the EIPs eip-one bound; unassociate them first.", error?.Message);
    }

    [Fact]
    public void Deleting_an_instance_whose_primary_eni_has_eips_is_DependencyViolation_Eip_each_named_once()
    {
        var onInstance = EipOn("eip-one", BindingTargetTypes.EcsInstance, "i-one");
        var facts = Free with
        {
            EipsOnInstance = [onInstance],
            EipsOnPrimaryEni = [onInstance, EipOn("eip-two", BindingTargetTypes.NetworkInterface, "eni-primary")],
        };

        var error = Stopped.CheckDelete(facts, force: false, Now, Timings).Error;

        Assert.Equal("DependencyViolation.Eip", error?.Code);
        Assert.Equal("i-one has the EIPs eip-one, eip-two bound; unassociate them first.", error?.Message);
    }

    // Fixed public IP

    [Fact]
    public void R_ECS_4_a_Running_or_Stopped_instance_takes_the_free_address_as_its_fixed_public_ip()
    {
        var facts = new InstancePublicIpFacts(EipOnInstance: null, FreeAddress: "203.0.113.10");

        Assert.Equal(Running with { PublicIpAddress = "203.0.113.10" }, Running.AllocatePublicIp(facts, Now, Timings).Value);
        Assert.Equal("203.0.113.10", Stopped.AllocatePublicIp(facts, Now, Timings).Value.PublicIpAddress);
    }

    [Theory]
    [MemberData(nameof(TransitionalStates))]
    public void R_ECS_4_an_instance_in_a_transitional_state_gets_no_fixed_public_ip(string status)
    {
        var error = In(status).AllocatePublicIp(new InstancePublicIpFacts(null, "203.0.113.10"), Now, Timings).Error;

        Assert.Equal("IncorrectInstanceStatus", error?.Code);
        Assert.Contains("needs it Running or Stopped", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ECS_4_a_second_fixed_public_ip_is_PublicIpAllocated()
    {
        var error = (Running with { PublicIpAddress = "203.0.113.9" }).AllocatePublicIp(new InstancePublicIpFacts(null, "203.0.113.10"), Now, Timings).Error;

        Assert.Equal("InvalidOperation.PublicIpAllocated", error?.Code);
        Assert.Contains("203.0.113.9", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ECS_4_an_instance_with_an_eip_gets_no_fixed_public_ip()
    {
        var eip = EipOn("eip-one", BindingTargetTypes.EcsInstance, "i-one");

        var error = Running.AllocatePublicIp(new InstancePublicIpFacts(eip, "203.0.113.10"), Now, Timings).Error;

        Assert.Equal("InvalidStatus.InstanceHasBandWidth", error?.Code);
        Assert.Contains("203.0.113.20 (eip-one)", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exhausted_pool_is_ResourceNotEnough_EipAddress_after_every_rule()
    {
        var exhausted = new InstancePublicIpFacts(null, FreeAddress: null);

        Assert.Equal("ResourceNotEnough.EipAddress", Running.AllocatePublicIp(exhausted, Now, Timings).Error?.Code);
        Assert.Equal("InvalidOperation.PublicIpAllocated", (Running with { PublicIpAddress = "203.0.113.9" }).AllocatePublicIp(exhausted, Now, Timings).Error?.Code);
    }
}
