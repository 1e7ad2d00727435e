namespace OpenEip.Core.UseCases.LoadBalancers;

public sealed record DeleteZonalLoadBalancerCommand(string AccountId, string Kind, string LoadBalancerId);
