using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>An ALB or NLB as GetLoadBalancerAttribute and ListLoadBalancers report it (the two models name addresses differently).</summary>
public static class ZonalLoadBalancerView
{
    public static object From(ZonalLoadBalancer lb) => lb.Kind == "alb"
        ? new AlbView(lb.LoadBalancerId, lb.LoadBalancerName, "Active", "Normal", lb.AddressType, "Ipv4", "Fixed", lb.VpcId, lb.RegionId, lb.DnsName,
            WireTime.Seconds(lb.CreationTime), "Standard", lb.ResourceGroupId,
            lb.ZoneMappings.Select(z => new AlbZone(z.ZoneId, z.VSwitchId, "Active",
                [new AlbAddress(z.PublicAddress.Length > 0 ? z.PublicAddress : z.IntranetAddress, z.IntranetAddress, z.AllocationId, z.AllocationId.Length > 0 ? "Common" : "")])).ToList())
        : new NlbView(lb.LoadBalancerId, lb.LoadBalancerName, "Active", "Normal", "Network", lb.AddressType, "ipv4", lb.VpcId, lb.RegionId, lb.DnsName,
            WireTime.Seconds(lb.CreationTime), lb.ResourceGroupId,
            lb.ZoneMappings.Select(z => new NlbZone(z.ZoneId, z.VSwitchId, "Active",
                [new NlbAddress(z.AllocationId, z.PublicAddress, z.IntranetAddress, z.AllocationId.Length > 0 ? "Common" : "")])).ToList());
}
