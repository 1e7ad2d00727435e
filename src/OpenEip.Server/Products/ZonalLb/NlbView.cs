using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record NlbView(
    string LoadBalancerId, string LoadBalancerName, string LoadBalancerStatus, string LoadBalancerBusinessStatus, string LoadBalancerType,
    string AddressType, string AddressIpVersion, string VpcId, string RegionId, string DNSName, string CreateTime, string ResourceGroupId,
    IReadOnlyList<NlbZone> ZoneMappings);
