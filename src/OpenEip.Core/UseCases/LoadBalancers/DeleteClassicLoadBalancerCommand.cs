namespace OpenEip.Core.UseCases.LoadBalancers;

public sealed record DeleteClassicLoadBalancerCommand(string AccountId, string LoadBalancerId);
