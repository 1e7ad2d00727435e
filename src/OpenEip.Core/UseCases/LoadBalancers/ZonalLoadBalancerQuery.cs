namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>ListLoadBalancers' parameters (ALB or NLB): LoadBalancerIds.N, VpcIds.N and AddressType (empty or null: any), a page from Offset.</summary>
public sealed record ZonalLoadBalancerQuery(string AccountId, string RegionId, string Kind)
{
    public IReadOnlyList<string> Ids { get; init; } = [];
    public IReadOnlyList<string> VpcIds { get; init; } = [];
    public string? AddressType { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}
