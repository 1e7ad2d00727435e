namespace OpenEip.Core.Nat;

/// <summary>
/// What still depends on a gateway, read in DeleteNatGateway's transaction: its SNAT and DNAT entries and the EIPs
/// bound to it (an unbinding in progress no longer counts), each by id, oldest first.
/// </summary>
public sealed record NatGatewayDependents(IReadOnlyList<string> SnatEntryIds, IReadOnlyList<string> ForwardEntryIds, IReadOnlyList<string> BoundAllocationIds)
{
    public static readonly NatGatewayDependents None = new([], [], []);
}
