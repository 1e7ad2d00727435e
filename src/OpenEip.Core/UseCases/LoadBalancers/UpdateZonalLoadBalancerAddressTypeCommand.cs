namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>UpdateLoadBalancerAddressTypeConfig's parameters (ALB or NLB): the network type to switch to.</summary>
public sealed record UpdateZonalLoadBalancerAddressTypeCommand(string AccountId, string Kind, string LoadBalancerId, string AddressType);
