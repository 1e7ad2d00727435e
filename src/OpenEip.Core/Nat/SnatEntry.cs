namespace OpenEip.Core.Nat;

/// <summary>
/// An SNAT entry of an internet NAT gateway (R-NAT-5): instances of a vSwitch or a CIDR block reach the
/// internet through one or more of the gateway's EIPs. For a vSwitch entry, <see cref="SourceCidr"/> is
/// the vSwitch's block, so "one entry per source" is a single key whichever way the source was named.
/// </summary>
public sealed record SnatEntry
{
    public required string SnatEntryId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string NatGatewayId { get; init; }
    public required string SnatTableId { get; init; }
    public string Name { get; init; } = "";

    /// <summary>The public addresses, in the order given; never empty.</summary>
    public required IReadOnlyList<string> SnatIps { get; init; }

    /// <summary>Empty for an entry made with SourceCIDR.</summary>
    public string SourceVSwitchId { get; init; } = "";
    public required string SourceCidr { get; init; }

    /// <summary>0 or 1: whether a client keeps one of several SNAT IPs per destination.</summary>
    public int EipAffinity { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
}
