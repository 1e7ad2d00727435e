using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>
/// An ALB's or NLB's network type (R-LB-2): Internet means one system-managed EIP per zone mapping, allocated from
/// the pool; going back to Intranet releases them. Create, UpdateLoadBalancerAddressTypeConfig and Delete share it.
/// </summary>
public static class ZonalLoadBalancerAddressing
{
    public const string Internet = "Internet";
    public const string Intranet = "Intranet";

    /// <summary>One new EIP per zone, managed by the load balancer (ServiceManagedBy), so that the EIP API cannot release or unbind it.</summary>
    public static async Task<Result<ZonalLoadBalancer>> ToInternetAsync(IStoreSession session, ZonalLoadBalancer loadBalancer, DateTimeOffset now)
    {
        var zones = new List<ZoneMapping>();
        foreach (var zone in loadBalancer.ZoneMappings)
        {
            var address = await session.Addresses.FindFreeAsync(loadBalancer.RegionId);
            if (address is null)
                return ApiErrors.PoolExhausted(loadBalancer.RegionId);
            var eip = new Eip
            {
                AllocationId = ResourceIds.New("eip"),
                AccountId = loadBalancer.AccountId,
                RegionId = loadBalancer.RegionId,
                IpAddress = address.IpAddress,
                Bandwidth = EipAllocationRules.DefaultBandwidth,
                InternetChargeType = ChargeTypes.PayByTraffic,
                InstanceChargeType = ChargeTypes.PostPaid,
                Isp = Isps.Bgp,
                ResourceGroupId = loadBalancer.ResourceGroupId,
                AllocationTime = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
                ServiceManagedBy = loadBalancer.LoadBalancerId,
            };
            await session.Eips.InsertAsync(eip);
            await session.Addresses.HoldAsync(eip.IpAddress, eip.AllocationId, eip.AccountId);
            zones.Add(zone with { AllocationId = eip.AllocationId, PublicAddress = eip.IpAddress });
        }

        return loadBalancer with { AddressType = Internet, ZoneMappings = zones };
    }

    /// <summary>Releases the zones' system EIPs; their addresses go back to the pool (a system EIP is never recovered).</summary>
    public static async Task<ZonalLoadBalancer> ToIntranetAsync(IStoreSession session, ZonalLoadBalancer loadBalancer, DateTimeOffset now)
    {
        foreach (var zone in loadBalancer.ZoneMappings.Where(z => z.AllocationId.Length > 0))
        {
            var eip = await session.Eips.FindAsync(loadBalancer.AccountId, zone.AllocationId);
            if (eip is null)
                continue;
            await session.Eips.UpdateAsync(eip.ReleasedAt(now));
            await session.Addresses.ReleaseAsync(eip.IpAddress, now);
        }

        return loadBalancer with { AddressType = Intranet, ZoneMappings = loadBalancer.ZoneMappings.Select(z => z with { AllocationId = "", PublicAddress = "" }).ToList() };
    }
}
