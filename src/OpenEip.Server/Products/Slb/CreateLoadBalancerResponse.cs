namespace OpenEip.Server.Products.Slb;

public sealed record CreateLoadBalancerResponse(
    string LoadBalancerId, string Address, string LoadBalancerName, string VpcId, string VSwitchId, string NetworkType, string AddressIPVersion, string ResourceGroupId);
