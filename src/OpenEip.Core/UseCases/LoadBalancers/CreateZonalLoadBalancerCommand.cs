namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>ALB or NLB CreateLoadBalancer's parameters: Kind is "alb" or "nlb", AddressType Internet or Intranet.</summary>
public sealed record CreateZonalLoadBalancerCommand(
    string AccountId, string RegionId, string Kind, string AddressType, string VpcId, IReadOnlyList<ZoneMappingRequest> ZoneMappings)
{
    public string? LoadBalancerName { get; init; }
    public string? ResourceGroupId { get; init; }
}
