using OpenEip.Core.Errors;

namespace OpenEip.Core.Nat;

/// <summary>
/// The NAT gateway's own transitions (issue 11: the aggregate owns them; the use case loads the facts in its
/// transaction, calls, and saves what is returned). Each returns the new state, or the error Alibaba returns; none
/// touches a store.
/// </summary>
public sealed partial record NatGateway
{
    /// <summary>Alibaba changes the EIP binding mode only of gateways with at most this many EIPs.</summary>
    public const int MaxEipsForBindModeChange = 5;

    /// <summary>
    /// ModifyNatGatewayAttribute on an Available gateway (R-NAT-4's status, derived from <paramref name="now"/> and
    /// <paramref name="creating"/>): Name, Description, IcmpReplyEnabled, and EipBindMode only from MULTI_BINDED to
    /// NAT, with at most <see cref="MaxEipsForBindModeChange"/> EIPs bound (as Alibaba documents).
    /// </summary>
    /// <param name="boundEips">How many EIPs are bound to the gateway now (an unbinding in progress no longer counts).</param>
    public Result<NatGateway> Modify(NatGatewayChanges changes, int boundEips, DateTimeOffset now, TimeSpan creating)
    {
        var status = StatusAt(now, creating);
        if (status != "Available")
            return NatGatewayErrors.NotAvailable(NatGatewayId, status);
        if (changes.EipBindMode is { } mode && mode != EipBindMode)
        {
            if (mode != "NAT")
                return NatGatewayErrors.EipBindModeChange(NatGatewayId, "a gateway in NAT mode does not go back to MULTI_BINDED.");
            if (boundEips > MaxEipsForBindModeChange)
                return NatGatewayErrors.EipBindModeChange(NatGatewayId, $"it has {boundEips} EIPs; the mode changes only with at most {MaxEipsForBindModeChange}.");
        }

        return this with
        {
            Name = changes.Name ?? Name,
            Description = changes.Description ?? Description,
            EipBindMode = changes.EipBindMode ?? EipBindMode,
            IcmpReplyEnabled = changes.IcmpReplyEnabled ?? IcmpReplyEnabled,
        };
    }

    /// <summary>DeletionProtection with Type=NATGW: while on, DeleteNatGateway is refused. Allowed in any status.</summary>
    public Result<NatGateway> SetDeletionProtection(bool enabled) => this with { DeletionProtection = enabled };

    /// <summary>
    /// Whether DeleteNatGateway may remove the gateway: not while deletion protection is on, then not while entries
    /// remain (they are what keeps the EIPs bound, R-NAT-6, so they are the first thing the owner removes), SNAT before
    /// DNAT, then not while EIPs are bound. The first refusal in that order is the answer.
    /// </summary>
    public Result<Unit> CheckDeletable(NatGatewayDependents dependents)
    {
        if (DeletionProtection)
            return NatGatewayErrors.DeletionProtected(NatGatewayId);
        if (dependents.SnatEntryIds.Count > 0)
            return NatEntryErrors.GatewayHasSnatEntries(NatGatewayId, dependents.SnatEntryIds);
        if (dependents.ForwardEntryIds.Count > 0)
            return NatEntryErrors.GatewayHasForwardEntries(NatGatewayId, dependents.ForwardEntryIds);
        if (dependents.BoundAllocationIds.Count > 0)
            return AssociationErrors.HasBoundEips(NatGatewayId, dependents.BoundAllocationIds);
        return Unit.Value;
    }

    /// <summary>
    /// The operator's SetNatGatewayCreationTime: dates the gateway, to exercise R-NAT-3's 2022-09-19 boundary
    /// (<see cref="TakesVSwitchIpPerEip"/>). It moves the Creating period with it (<see cref="StatusAt"/>). Any time is
    /// accepted: the operator is testing, not the owner.
    /// </summary>
    public Result<NatGateway> SetCreationTime(DateTimeOffset creationTime) => this with { CreationTime = creationTime };
}
