using OpenEip.Core.Associations;
using OpenEip.Core.Errors;

namespace OpenEip.Core.Eips;

/// <summary>
/// The EIP's transitions: each returns the EIP as it is afterwards, and the store only persists that. Generation and
/// the idle clock change here, in one place, so that no store engine carries business rules in its SQL (issue 11).
/// Whether a caller may ask for a transition (the API's error codes) is decided before, by the use cases and the
/// binding rules; the refusals here only guard the aggregate's own invariants.
/// </summary>
public sealed partial record Eip
{
    /// <summary>
    /// Binds the EIP as planned (AssociateEipAddress, R-EIP-9): a new generation for the data plane to apply, and the
    /// idle fee clock stops (R-LIFE-2), the spell since <see cref="IdleSince"/> added to <see cref="IdleAccrued"/>.
    /// </summary>
    public Result<Eip> Associate(EipBinding binding, DateTimeOffset now)
    {
        // R-EIP-2, R-EIP-4, R-EIP-5, R-EIP-8: only an unlocked EIP of the owner's with no binding, not even one being undone.
        if (Refusal("Available") is { } refused)
            return refused;
        if (Binding is not null)
            return AssociationErrors.IncorrectEipStatus(AllocationId, Status, "Available");
        if (binding.AllocationId != AllocationId)
            throw new ArgumentException($"The binding is planned for {binding.AllocationId}, not {AllocationId}.", nameof(binding));
        return this with
        {
            Binding = binding with { Unbinding = false },
            Generation = Generation + 1,
            SpecChangedAt = now,
            IdleAccrued = IdleTimeAt(now),
            IdleSince = null,
        };
    }

    /// <summary>
    /// Changes the mode of the binding (ModifyEipForwardMode): the new mode's private IP and keys, as planned; the target,
    /// the ENI and the time it was bound stay. Applied again by the data plane (a new generation); still bound, so the
    /// idle clock does not move.
    /// </summary>
    public Result<Eip> Rebind(EipBinding planned, DateTimeOffset now)
    {
        if (Refusal("InUse") is { } refused)
            return refused;
        if (ActiveBinding is not { } current)
            return AssociationErrors.IncorrectEipStatus(AllocationId, Status, "InUse");
        return this with
        {
            Binding = current with
            {
                Mode = planned.Mode,
                PrivateIpAddress = planned.PrivateIpAddress,
                ExclusiveTarget = planned.ExclusiveTarget,
                PrivateIpKey = planned.PrivateIpKey,
            },
            Generation = Generation + 1,
            SpecChangedAt = now,
        };
    }

    /// <summary>
    /// Starts undoing the binding (UnassociateEipAddress, R-LIFE-1): the binding stays, marked as being undone (it no
    /// longer holds its target, so the target is free at once) until the data plane confirms. The idle fee clock
    /// starts now (R-LIFE-2), not at the confirmation: the owner asked to stop using the address now.
    /// </summary>
    public Result<Eip> StartUnbind(DateTimeOffset now)
    {
        if (Refusal("InUse") is { } refused)
            return refused;
        if (ActiveBinding is not { } current)
            return AssociationErrors.IncorrectEipStatus(AllocationId, Status, "InUse");
        return this with
        {
            Binding = current with { Unbinding = true },
            Generation = Generation + 1,
            SpecChangedAt = now,
            IdleSince = now,
        };
    }

    /// <summary>
    /// Removes the binding at once, whatever its state, because the system is releasing the EIP (R-LIFE-5): a locked EIP
    /// too. The data plane is told by a new generation. The idle clock is left to the release that follows
    /// (<see cref="ReleasedAt"/>), which stops it. Without a binding there is nothing to change.
    /// </summary>
    public Eip DropBinding(DateTimeOffset now) =>
        Binding is null ? this : this with { Binding = null, Generation = Generation + 1, SpecChangedAt = now };

    /// <summary>
    /// The data plane applied <paramref name="generation"/>: observed, and a binding being undone is gone. A stale
    /// generation (an API write came after it) changes nothing, so the EIP stays Associating or Unassociating until the
    /// data plane applies the newer one (R-EIP-9).
    /// </summary>
    public Eip Confirm(long generation) =>
        generation != Generation ? this
        : this with { ObservedGeneration = generation, Binding = Binding is { Unbinding: true } ? null : Binding };

    /// <summary>Locks the EIP (R-EIP-8, R-LIFE-5): it can no longer be bound, unbound or released by its owner.</summary>
    /// <param name="reason">"financial" or "security" (<see cref="Billing.LockReasons"/>).</param>
    /// <param name="at">When the lock counts from: the grace period before a system release runs from here.</param>
    public Eip Lock(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return this with { LockReason = reason, LockedAt = at };
    }

    /// <summary>Lifts the lock (the account paid, or a recovered EIP comes back unlocked).</summary>
    public Eip Unlock() => this with { LockReason = "", LockedAt = null };

    /// <summary>This EIP, released now (R-LIFE-3, R-LIFE-5): the idle clock stops.</summary>
    public Eip ReleasedAt(DateTimeOffset now) => this with { ReleasedTime = now, IdleAccrued = IdleTimeAt(now), IdleSince = null };

    /// <summary>What keeps the owner from changing the binding at all, whatever its state: released, managed by a load balancer, or locked.</summary>
    private Error? Refusal(string needed) =>
        ReleasedTime is not null ? AssociationErrors.IncorrectEipStatus(AllocationId, "released", needed)
        : ServiceManagedBy.Length > 0 ? AssociationErrors.IncorrectEipStatus(AllocationId, $"managed by the load balancer {ServiceManagedBy}", needed)
        : IsLocked ? AssociationErrors.Locked(AllocationId, LockReason)
        : null;
}
