using OpenEip.Core.Associations;

namespace OpenEip.Core.Eips;

/// <summary>
/// An Elastic IP address as stored. Its spec is what the owner asked for (including its
/// <see cref="Binding"/> and the <see cref="Generation"/> every bind or unbind bumps); its status follows
/// from how far the data plane has caught up (<see cref="ObservedGeneration"/>), never stored by the API.
/// Its transitions (bind, unbind, confirm, lock, release) are its own methods, in Eip.Transitions.cs.
/// </summary>
public sealed partial record Eip
{
    public required string AllocationId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string IpAddress { get; init; }
    public required int Bandwidth { get; init; }
    public required string InternetChargeType { get; init; }
    public required string InstanceChargeType { get; init; }
    public required string Isp { get; init; }
    public string Netmode { get; init; } = "public";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";
    public bool DeletionProtection { get; init; }
    public IReadOnlyList<string> SecurityProtectionTypes { get; init; } = [];

    /// <summary>The zone asked for at allocation (AllocateEipAddress' Zone), echoed by Describe; empty if none.</summary>
    public string Zone { get; init; } = "";

    /// <summary>Second-level (high-definition) monitoring: "ON" or "OFF", with the log destination last set.</summary>
    public HighDefinitionMonitor HighDefinitionMonitor { get; init; } = HighDefinitionMonitor.Off;

    /// <summary>
    /// The mode ModifyEipForwardMode last set ("" if never): Alibaba changes the mode of an EIP that is not bound,
    /// and Describe shows it while there is no binding. A binding's own mode is the one AssociateEipAddress asked for.
    /// </summary>
    public string ForwardMode { get; init; } = "";
    public required DateTimeOffset AllocationTime { get; init; }
    public DateTimeOffset? ExpiredTime { get; init; }
    public DateTimeOffset? ReleasedTime { get; init; }
    public long OrderId { get; init; }

    /// <summary>The ALB or NLB that allocated this EIP for itself (R-LB-2); empty for the owner's own EIPs.</summary>
    public string ServiceManagedBy { get; init; } = "";

    /// <summary>Bumped by every API write to the binding.</summary>
    public long Generation { get; init; }

    /// <summary>The generation the data plane last applied; written only by the reconciler.</summary>
    public long ObservedGeneration { get; init; }

    /// <summary>When the binding last changed (the reconciler's delay counts from here).</summary>
    public DateTimeOffset SpecChangedAt { get; init; }

    /// <summary>"", "financial" or "security" (R-EIP-8, R-LIFE-5).</summary>
    public string LockReason { get; init; } = "";
    public DateTimeOffset? LockedAt { get; init; }

    /// <summary>Since when the EIP has had no binding (its idle fee clock, R-LIFE-2); null while bound or released.</summary>
    public DateTimeOffset? IdleSince { get; init; }

    /// <summary>Idle time of earlier spells, before <see cref="IdleSince"/>.</summary>
    public TimeSpan IdleAccrued { get; init; }

    /// <summary>The binding asked for, or being undone; null when unbound.</summary>
    public EipBinding? Binding { get; init; }

    /// <summary>The binding that holds the EIP: one not being undone.</summary>
    public EipBinding? ActiveBinding => Binding is { Unbinding: false } ? Binding : null;

    public bool IsLocked => LockReason.Length > 0;

    /// <summary>All the time this EIP has spent unbound, up to now.</summary>
    public TimeSpan IdleTimeAt(DateTimeOffset now) => IdleAccrued + (IdleSince is { } since && now > since ? now - since : TimeSpan.Zero);

    /// <summary>Alibaba's status, derived from spec and status (R-EIP-9).</summary>
    public string Status =>
        ServiceManagedBy.Length > 0 ? EipStatus.InUse
        : Binding is null ? EipStatus.Available
        : Binding.Unbinding ? EipStatus.Unassociating
        : ObservedGeneration < Generation ? EipStatus.Associating
        : EipStatus.InUse;
}
