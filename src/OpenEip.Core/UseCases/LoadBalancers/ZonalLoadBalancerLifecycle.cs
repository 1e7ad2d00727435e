using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>
/// ALB and NLB: create, switch between Intranet and Internet, delete. Internet means one system-managed
/// EIP per zone mapping, allocated from the pool and released again on the way back (R-LB-2).
/// </summary>
public sealed class ZonalLoadBalancerLifecycle(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public const string OwnerType = "LoadBalancer";
    public const string Internet = "Internet";
    public const string Intranet = "Intranet";

    public Task<Result<ZonalLoadBalancer>> CreateAsync(
        string accountId, string regionId, string kind, string? name, string addressType, string vpcId, IReadOnlyList<ZoneMappingRequest> mappings,
        string? resourceGroupId, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = regions.Find(regionId) is null ? ApiErrors.InvalidRegionId(regionId)
            : mappings.Count < 2 ? ApiErrors.InvalidParameter("ZoneMappings", "at least two zone mappings (two zones) are needed.")
            : mappings.Select(m => m.ZoneId).Distinct().Count() != mappings.Count ? ApiErrors.InvalidParameter("ZoneMappings", "each zone is mapped once.")
            : TextRules.ValidateText("LoadBalancerName", name, 128);
        if (invalid is not null)
            return Task.FromResult(Result<ZonalLoadBalancer>.Fail(invalid));

        return store.WriteAsync<ZonalLoadBalancer>(idempotency, async session =>
        {
            var vpc = await VpcLifecycle.FindVpcAsync(session, accountId, vpcId, regionId);
            if (!vpc.IsSuccess)
                return vpc.Error;
            var group = await ResourceGroupPlacement.ResolveAsync(session, accountId, resourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New(kind);
            var zones = new List<ZoneMapping>();
            foreach (var mapping in mappings)
            {
                var vSwitch = await session.Networks.FindVSwitchAsync(accountId, mapping.VSwitchId);
                if (vSwitch is null || vSwitch.VpcId != vpcId)
                    return ApiErrors.VSwitchNotFound(mapping.VSwitchId);
                if (vSwitch.ZoneId != mapping.ZoneId)
                    return new Error("InvalidVSwitchId.ZoneMismatch", $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.ZoneId}, not in {ApiErrors.Shorten(mapping.ZoneId)}.");
                var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, null, "ZoneMappings", OwnerType, id);
                if (!address.IsSuccess)
                    return address.Error;
                zones.Add(new ZoneMapping(mapping.ZoneId, vSwitch.VSwitchId, address.Value));
            }

            var loadBalancer = new ZonalLoadBalancer
            {
                LoadBalancerId = id, AccountId = accountId, RegionId = regionId, Kind = kind, LoadBalancerName = name ?? "",
                AddressType = Intranet, VpcId = vpcId, ZoneMappings = zones, ResourceGroupId = group.Value, CreationTime = clock.GetUtcNow(),
            };
            if (addressType == Internet)
            {
                var internet = await ToInternetAsync(session, loadBalancer);
                if (!internet.IsSuccess)
                    return internet.Error;
                loadBalancer = internet.Value;
            }

            await session.LoadBalancers.InsertZonalAsync(loadBalancer);
            return loadBalancer;
        }, cancellationToken);
    }

    /// <summary>UpdateLoadBalancerAddressTypeConfig: to Internet allocates a system EIP per zone; to Intranet releases them.</summary>
    public Task<Result<Unit>> SetAddressTypeAsync(string accountId, string kind, string loadBalancerId, string addressType, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var loadBalancer = await session.LoadBalancers.FindZonalAsync(accountId, kind, loadBalancerId);
            if (loadBalancer is null)
                return NotFound(loadBalancerId);
            if (loadBalancer.AddressType == addressType)
                return new Error("IncorrectStatus.LoadBalancer", $"The load balancer {loadBalancerId} is already {addressType}.");
            if (addressType == Internet)
            {
                var internet = await ToInternetAsync(session, loadBalancer);
                if (!internet.IsSuccess)
                    return internet.Error;
                loadBalancer = internet.Value;
            }
            else
            {
                loadBalancer = await ToIntranetAsync(session, loadBalancer);
            }

            await session.LoadBalancers.UpdateZonalAsync(loadBalancer);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> DeleteAsync(string accountId, string kind, string loadBalancerId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var loadBalancer = await session.LoadBalancers.FindZonalAsync(accountId, kind, loadBalancerId);
            if (loadBalancer is null)
                return NotFound(loadBalancerId);
            await ToIntranetAsync(session, loadBalancer);
            await session.PrivateIps.ReleaseOwnedAsync(OwnerType, loadBalancerId);
            await session.LoadBalancers.DeleteZonalAsync(loadBalancerId);
            return Unit.Value;
        }, cancellationToken);

    public async Task<Result<ZonalLoadBalancer>> FindAsync(string accountId, string kind, string loadBalancerId, CancellationToken cancellationToken)
    {
        var found = await store.ReadAsync(session => session.LoadBalancers.FindZonalAsync(accountId, kind, loadBalancerId), cancellationToken);
        return found is null ? NotFound(loadBalancerId) : found;
    }

    public Task<Page<ZonalLoadBalancer>> ListAsync(string accountId, string regionId, string kind, IReadOnlyList<string> ids, IReadOnlyList<string> vpcIds, string? addressType, int offset, int limit, CancellationToken cancellationToken) =>
        store.ReadAsync(session => session.LoadBalancers.QueryZonalAsync(accountId, regionId, kind, ids, vpcIds, addressType, offset, limit), cancellationToken);

    private async Task<Result<ZonalLoadBalancer>> ToInternetAsync(IStoreSession session, ZonalLoadBalancer loadBalancer)
    {
        var now = clock.GetUtcNow();
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

    private async Task<ZonalLoadBalancer> ToIntranetAsync(IStoreSession session, ZonalLoadBalancer loadBalancer)
    {
        var now = clock.GetUtcNow();
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

    private static Error NotFound(string id) =>
        new("ResourceNotFound.LoadBalancer", $"The specified load balancer \"{ApiErrors.Shorten(id)}\" does not exist.");
}
