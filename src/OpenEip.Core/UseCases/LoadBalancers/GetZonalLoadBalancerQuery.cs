namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>GetLoadBalancerAttribute's parameters (ALB or NLB).</summary>
public sealed record GetZonalLoadBalancerQuery(string AccountId, string Kind, string LoadBalancerId);
