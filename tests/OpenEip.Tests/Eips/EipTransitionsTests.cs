using OpenEip.Core.Associations;
using OpenEip.Core.Billing;
using OpenEip.Core.Eips;

namespace OpenEip.Tests.Eips;

/// <summary>
/// The EIP's transitions without a database (issue 11): generation bumps (R-EIP-9), the idle fee clock across bind and
/// unbind spells (R-LIFE-2), the status each leaves, confirmation of a stale generation, locks (R-EIP-8, R-LIFE-5).
/// </summary>
public sealed class EipTransitionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    private static Eip Allocated() => new()
    {
        AllocationId = "eip-1",
        AccountId = "acct-a",
        RegionId = "cn-hangzhou",
        IpAddress = "203.0.113.7",
        Bandwidth = 5,
        InternetChargeType = ChargeTypes.PayByTraffic,
        InstanceChargeType = ChargeTypes.PostPaid,
        Isp = "BGP",
        AllocationTime = T0,
        SpecChangedAt = T0,
        IdleSince = T0,
    };

    private static EipBinding Planned(DateTimeOffset at, string mode = BindingModes.Nat, string privateIp = "10.0.0.5") => new()
    {
        AllocationId = "eip-1",
        AccountId = "acct-a",
        RegionId = "cn-hangzhou",
        InstanceType = BindingTargetTypes.NetworkInterface,
        InstanceId = "eni-1",
        Mode = mode,
        PrivateIpAddress = privateIp,
        NetworkInterfaceId = "eni-1",
        PrivateIpKey = $"eni-1/{privateIp}",
        ExclusiveTarget = mode == BindingModes.Binded ? "NetworkInterface:eni-1" : null,
        PrivateIpChosen = true,
        VpcId = "vpc-1",
        BoundAt = at,
    };

    [Fact]
    public void Associate_BumpsTheGeneration_StopsTheIdleClock_AndIsAssociatingUntilConfirmed()
    {
        var eip = Allocated();
        var at = T0.AddHours(3);

        var bound = eip.Associate(Planned(at), at).Value;

        Assert.Equal(1, bound.Generation);
        Assert.Equal(at, bound.SpecChangedAt);
        Assert.Null(bound.IdleSince);
        Assert.Equal(TimeSpan.FromHours(3), bound.IdleAccrued);
        Assert.Equal(EipStatus.Associating, bound.Status);
        Assert.Same(bound.Binding, bound.ActiveBinding);
        // Bound, the fee clock stands still.
        Assert.Equal(TimeSpan.FromHours(3), bound.IdleTimeAt(at.AddDays(10)));

        var confirmed = bound.Confirm(bound.Generation);
        Assert.Equal(EipStatus.InUse, confirmed.Status);
        Assert.Equal(1, confirmed.ObservedGeneration);
        Assert.NotNull(confirmed.Binding);
    }

    [Fact]
    public void IdleTime_AddsUpEverySpellWithoutABinding_AcrossBindAndUnbind()
    {
        var eip = Allocated();
        // Idle 2 h, bound 5 h, idle 1 h (from the unbind, not its confirmation), bound 4 h, idle since.
        var first = eip.Associate(Planned(T0.AddHours(2)), T0.AddHours(2)).Value;
        first = first.Confirm(first.Generation);
        var unbinding = first.StartUnbind(T0.AddHours(7)).Value;
        Assert.Equal(T0.AddHours(7), unbinding.IdleSince);
        Assert.Equal(TimeSpan.FromHours(2), unbinding.IdleAccrued);
        var available = unbinding.Confirm(unbinding.Generation);
        Assert.Equal(T0.AddHours(7), available.IdleSince);

        var second = available.Associate(Planned(T0.AddHours(8)), T0.AddHours(8)).Value;
        Assert.Equal(TimeSpan.FromHours(3), second.IdleAccrued);
        second = second.Confirm(second.Generation);
        var idleAgain = second.StartUnbind(T0.AddHours(12)).Value;

        Assert.Equal(TimeSpan.FromHours(3), idleAgain.IdleAccrued);
        Assert.Equal(TimeSpan.FromHours(3.5), idleAgain.IdleTimeAt(T0.AddHours(12.5)));
        Assert.Equal(4, idleAgain.Generation);
    }

    [Fact]
    public void Associate_BeforeTheIdleClockStarted_AccruesNothing()
    {
        // A clock read a moment behind the recorded start adds no negative time (as the SQL's MAX(..., 0) did).
        var eip = Allocated() with { IdleSince = T0.AddMinutes(1), IdleAccrued = TimeSpan.FromMinutes(30) };

        var bound = eip.Associate(Planned(T0), T0).Value;

        Assert.Equal(TimeSpan.FromMinutes(30), bound.IdleAccrued);
        Assert.Null(bound.IdleSince);
    }

    [Fact]
    public void StartUnbind_BumpsTheGeneration_KeepsTheBindingMarked_AndIsUnassociatingUntilConfirmed()
    {
        var bound = Bound(T0.AddHours(1));
        var at = T0.AddHours(2);

        var unbinding = bound.StartUnbind(at).Value;

        Assert.Equal(bound.Generation + 1, unbinding.Generation);
        Assert.Equal(at, unbinding.SpecChangedAt);
        Assert.True(unbinding.Binding!.Unbinding);
        Assert.Null(unbinding.ActiveBinding);
        Assert.Equal(EipStatus.Unassociating, unbinding.Status);

        var available = unbinding.Confirm(unbinding.Generation);
        Assert.Null(available.Binding);
        Assert.Equal(EipStatus.Available, available.Status);
        Assert.Equal(unbinding.Generation, available.ObservedGeneration);
    }

    [Fact]
    public void Confirm_OfAStaleGeneration_ChangesNothing()
    {
        var bound = Bound(T0.AddHours(1));
        var applied = bound.Generation;
        var unbinding = bound.StartUnbind(T0.AddHours(2)).Value;

        var after = unbinding.Confirm(applied);

        Assert.Same(unbinding, after);
        Assert.Equal(EipStatus.Unassociating, after.Status);
        Assert.NotNull(after.Binding);
    }

    [Fact]
    public void Rebind_ChangesTheModeAndKeys_KeepsTargetAndBoundAt_AndIsAssociatingAgain()
    {
        var bound = Bound(T0.AddHours(1));
        var at = T0.AddHours(2);

        var rebound = bound.Rebind(Planned(at, BindingModes.Binded, "10.0.0.9") with { NetworkInterfaceId = "eni-other" }, at).Value;

        Assert.Equal(bound.Generation + 1, rebound.Generation);
        Assert.Equal(at, rebound.SpecChangedAt);
        Assert.Equal(EipStatus.Associating, rebound.Status);
        var binding = rebound.Binding!;
        Assert.Equal((BindingModes.Binded, "10.0.0.9", "NetworkInterface:eni-1", "eni-1/10.0.0.9"),
            (binding.Mode, binding.PrivateIpAddress, binding.ExclusiveTarget, binding.PrivateIpKey));
        // Only the mode's fields change, as the store's UPDATE of the binding did: target, ENI and BoundAt stay.
        Assert.Equal(("eni-1", T0.AddHours(1)), (binding.NetworkInterfaceId, binding.BoundAt));
        Assert.Equal(bound.IdleAccrued, rebound.IdleAccrued);
        Assert.Null(rebound.IdleSince);
    }

    [Fact]
    public void DropBinding_RemovesItAtOnce_AndTheReleaseStopsTheIdleClock()
    {
        var unbinding = Bound(T0.AddHours(1)).StartUnbind(T0.AddHours(2)).Value.Lock(LockReasons.Financial, T0.AddHours(3));
        var at = T0.AddDays(2);

        var dropped = unbinding.DropBinding(at);
        var released = dropped.ReleasedAt(at);

        Assert.Null(dropped.Binding);
        Assert.Equal(unbinding.Generation + 1, dropped.Generation);
        Assert.Equal(at, dropped.SpecChangedAt);
        Assert.Equal(EipStatus.Available, dropped.Status);
        Assert.Equal(at, released.ReleasedTime);
        Assert.Null(released.IdleSince);
        // 1 h before the first bind, then from the unbind at 2 h until the release.
        Assert.Equal(TimeSpan.FromHours(1) + (at - T0.AddHours(2)), released.IdleAccrued);
        Assert.Same(released, released.DropBinding(at.AddHours(1)));
    }

    [Fact]
    public void Lock_RefusesBindingAndUnbinding_UntilUnlocked()
    {
        var locked = Allocated().Lock(LockReasons.Financial, T0.AddHours(1));
        Assert.True(locked.IsLocked);
        Assert.Equal(T0.AddHours(1), locked.LockedAt);

        var refused = locked.Associate(Planned(T0.AddHours(2)), T0.AddHours(2));
        Assert.False(refused.IsSuccess);
        Assert.Equal("IncorrectEipStatus", refused.Error.Code);

        var unlocked = locked.Unlock();
        Assert.False(unlocked.IsLocked);
        Assert.Null(unlocked.LockedAt);
        Assert.True(unlocked.Associate(Planned(T0.AddHours(2)), T0.AddHours(2)).IsSuccess);

        var boundThenLocked = Bound(T0.AddHours(1)).Lock(LockReasons.Security, T0.AddHours(2));
        Assert.False(boundThenLocked.StartUnbind(T0.AddHours(3)).IsSuccess);
        Assert.False(boundThenLocked.Rebind(Planned(T0.AddHours(3), BindingModes.Binded), T0.AddHours(3)).IsSuccess);
    }

    [Fact]
    public void Associate_WhileABindingIsStillBeingUndone_IsRefused_AndUnbindWithoutABindingToo()
    {
        var unbinding = Bound(T0.AddHours(1)).StartUnbind(T0.AddHours(2)).Value;

        Assert.False(unbinding.Associate(Planned(T0.AddHours(3)), T0.AddHours(3)).IsSuccess);
        Assert.False(unbinding.StartUnbind(T0.AddHours(3)).IsSuccess);
        Assert.False(Allocated().StartUnbind(T0).IsSuccess);
        Assert.False(Allocated().Rebind(Planned(T0), T0).IsSuccess);
    }

    [Fact]
    public void AServiceManagedEip_IsInUseWithoutABinding_AndItsOwnerCannotBindIt()
    {
        var managed = Allocated() with { ServiceManagedBy = "alb-1", IdleSince = null };

        Assert.Equal(EipStatus.InUse, managed.Status);
        Assert.False(managed.Associate(Planned(T0), T0).IsSuccess);
    }

    /// <summary>Allocated at T0, bound at <paramref name="at"/> and confirmed: InUse.</summary>
    private static Eip Bound(DateTimeOffset at)
    {
        var bound = Allocated().Associate(Planned(at), at).Value;
        return bound.Confirm(bound.Generation);
    }
}
