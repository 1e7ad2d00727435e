using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.Slb;

/// <summary>A CLB as DescribeLoadBalancers and DescribeLoadBalancerAttribute report it.</summary>
public sealed record LoadBalancerItem(
    string LoadBalancerId, string LoadBalancerName, string LoadBalancerStatus, string Address, string AddressType, string RegionId, string RegionIdAlias,
    string VpcId, string VSwitchId, string NetworkType, string MasterZoneId, string SlaveZoneId, string CreateTime, long CreateTimeStamp,
    string PayType, string InternetChargeType, string AddressIPVersion, string ResourceGroupId)
{
    public static LoadBalancerItem From(ClassicLoadBalancer lb) => new(
        lb.LoadBalancerId, lb.LoadBalancerName, "active", lb.Address, lb.AddressType, lb.RegionId, lb.RegionId, lb.VpcId, lb.VSwitchId, lb.NetworkType,
        lb.MasterZoneId, "", WireTime.Minutes(lb.CreationTime), lb.CreationTime.ToUnixTimeMilliseconds(), "PayOnDemand", "paybytraffic", "ipv4", lb.ResourceGroupId);
}
