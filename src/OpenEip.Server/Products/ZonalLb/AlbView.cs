using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record AlbView(
    string LoadBalancerId, string LoadBalancerName, string LoadBalancerStatus, string LoadBalancerBussinessStatus, string AddressType,
    string AddressIpVersion, string AddressAllocatedMode, string VpcId, string RegionId, string DNSName, string CreateTime, string LoadBalancerEdition,
    string ResourceGroupId, IReadOnlyList<AlbZone> ZoneMappings);
