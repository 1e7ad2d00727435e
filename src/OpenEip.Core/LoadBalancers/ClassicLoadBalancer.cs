namespace OpenEip.Core.LoadBalancers;

/// <summary>
/// A CLB (SLB 2014-05-15). An intranet CLB in a VPC holds a private IP of its vSwitch and can take an
/// EIP (R-LB-3, R-LB-4); an internet CLB holds a public address from the region's pool.
/// </summary>
public sealed record ClassicLoadBalancer
{
    public required string LoadBalancerId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string LoadBalancerName { get; init; }

    /// <summary>"internet" or "intranet".</summary>
    public required string AddressType { get; init; }
    public required string Address { get; init; }
    public string VpcId { get; init; } = "";
    public string VSwitchId { get; init; } = "";
    public required string MasterZoneId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public string ResourceGroupId { get; init; } = "";

    public string NetworkType => VpcId.Length > 0 ? "vpc" : "classic";
}
