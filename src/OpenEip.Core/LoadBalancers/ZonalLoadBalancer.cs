namespace OpenEip.Core.LoadBalancers;

/// <summary>
/// An ALB (2020-06-16) or NLB (2022-04-30). It spans zones; Internet-facing ones get one EIP per zone from
/// the system, never through the EIP API (R-LB-1, R-LB-2).
/// </summary>
public sealed record ZonalLoadBalancer
{
    public required string LoadBalancerId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }

    /// <summary>"alb" or "nlb".</summary>
    public required string Kind { get; init; }
    public required string LoadBalancerName { get; init; }

    /// <summary>"Internet" or "Intranet".</summary>
    public required string AddressType { get; init; }
    public required string VpcId { get; init; }
    public required IReadOnlyList<ZoneMapping> ZoneMappings { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public string ResourceGroupId { get; init; } = "";

    public string DnsName => $"{LoadBalancerId}.{RegionId}.{Kind}.openeip.internal";
}
