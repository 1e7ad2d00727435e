using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>An ALB or NLB as GetLoadBalancerAttribute and ListLoadBalancers report it (the two models name addresses differently).</summary>
public static class ZonalLoadBalancerView
{
    public static object From(ZonalLoadBalancer lb) => lb.Kind == "alb"
        ? new AlbView(lb.LoadBalancerId, lb.LoadBalancerName, "Active", "Normal", lb.AddressType, "Ipv4", "Fixed", lb.VpcId, lb.RegionId, lb.DnsName,
            WireTime.Seconds(lb.CreationTime), "Standard", "rg-" + lb.AccountId,
            lb.ZoneMappings.Select(z => new AlbZone(z.ZoneId, z.VSwitchId, "Active",
                [new AlbAddress(z.PublicAddress.Length > 0 ? z.PublicAddress : z.IntranetAddress, z.IntranetAddress, z.AllocationId, z.AllocationId.Length > 0 ? "Common" : "")])).ToList())
        : new NlbView(lb.LoadBalancerId, lb.LoadBalancerName, "Active", "Normal", "Network", lb.AddressType, "ipv4", lb.VpcId, lb.RegionId, lb.DnsName,
            WireTime.Seconds(lb.CreationTime), "rg-" + lb.AccountId,
            lb.ZoneMappings.Select(z => new NlbZone(z.ZoneId, z.VSwitchId, "Active",
                [new NlbAddress(z.AllocationId, z.PublicAddress, z.IntranetAddress, z.AllocationId.Length > 0 ? "Common" : "")])).ToList());
}

public sealed record AlbView(
    string LoadBalancerId, string LoadBalancerName, string LoadBalancerStatus, string LoadBalancerBussinessStatus, string AddressType,
    string AddressIpVersion, string AddressAllocatedMode, string VpcId, string RegionId, string DNSName, string CreateTime, string LoadBalancerEdition,
    string ResourceGroupId, IReadOnlyList<AlbZone> ZoneMappings);

public sealed record AlbZone(string ZoneId, string VSwitchId, string Status, IReadOnlyList<AlbAddress> LoadBalancerAddresses);

public sealed record AlbAddress(string Address, string IntranetAddress, string AllocationId, string EipType);

public sealed record NlbView(
    string LoadBalancerId, string LoadBalancerName, string LoadBalancerStatus, string LoadBalancerBusinessStatus, string LoadBalancerType,
    string AddressType, string AddressIpVersion, string VpcId, string RegionId, string DNSName, string CreateTime, string ResourceGroupId,
    IReadOnlyList<NlbZone> ZoneMappings);

public sealed record NlbZone(string ZoneId, string VSwitchId, string Status, IReadOnlyList<NlbAddress> LoadBalancerAddresses);

public sealed record NlbAddress(string AllocationId, string PublicIPv4Address, string PrivateIPv4Address, string EipType);
