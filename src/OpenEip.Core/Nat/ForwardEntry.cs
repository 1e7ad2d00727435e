namespace OpenEip.Core.Nat;

/// <summary>
/// A DNAT (forward) entry: traffic to ExternalIp:ExternalPort over IpProtocol goes to InternalIp:InternalPort.
/// Ports and protocol are stored as they appear on the wire ("any", "80", "10/20"; "tcp", "udp", "any").
/// </summary>
public sealed record ForwardEntry
{
    public required string ForwardEntryId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string NatGatewayId { get; init; }
    public required string ForwardTableId { get; init; }
    public string Name { get; init; } = "";
    public required string ExternalIp { get; init; }
    public required string ExternalPort { get; init; }
    public required string InternalIp { get; init; }
    public required string InternalPort { get; init; }
    public required string IpProtocol { get; init; }
    public bool PortBreak { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>IP mapping: every port and protocol of the external IP goes to the internal IP.</summary>
    public bool IsIpMapping => ExternalPort == PortRange.AnyText;
}
