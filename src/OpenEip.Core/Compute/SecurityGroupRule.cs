namespace OpenEip.Core.Compute;

/// <summary>
/// One permission: direction, protocol, port range ("22/22", "-1/-1" for all), a CIDR or another
/// group as peer, accept or drop, priority 1 (first) to 100.
/// </summary>
public sealed record SecurityGroupRule
{
    public required string SecurityGroupRuleId { get; init; }
    public required string SecurityGroupId { get; init; }
    public required string Direction { get; init; }
    public required string IpProtocol { get; init; }
    public required string PortRange { get; init; }
    public string SourceCidrIp { get; init; } = "";
    public string SourceGroupId { get; init; } = "";
    public string DestCidrIp { get; init; } = "";
    public string DestGroupId { get; init; } = "";
    public required string Policy { get; init; }
    public required int Priority { get; init; }
    public string Description { get; init; } = "";
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>Two rules are the same permission when everything but id, description and time match.</summary>
    public bool SamePermissionAs(SecurityGroupRule other) =>
        Direction == other.Direction && IpProtocol == other.IpProtocol && PortRange == other.PortRange
        && SourceCidrIp == other.SourceCidrIp && SourceGroupId == other.SourceGroupId
        && DestCidrIp == other.DestCidrIp && DestGroupId == other.DestGroupId
        && Policy == other.Policy && Priority == other.Priority;
}
