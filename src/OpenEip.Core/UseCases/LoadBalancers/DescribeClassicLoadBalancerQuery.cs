namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB DescribeLoadBalancerAttribute's parameters: one of the caller's CLBs.</summary>
public sealed record DescribeClassicLoadBalancerQuery(string AccountId, string LoadBalancerId);
