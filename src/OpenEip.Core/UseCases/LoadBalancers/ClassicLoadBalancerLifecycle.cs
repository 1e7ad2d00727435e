using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB CreateLoadBalancer, DeleteLoadBalancer and the describes.</summary>
public sealed class ClassicLoadBalancerLifecycle(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public const string OwnerType = "SlbInstance";

    public Task<Result<ClassicLoadBalancer>> CreateAsync(CreateClassicLoadBalancerCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var region = regions.Find(command.RegionId);
        var invalid = region is null ? ApiErrors.InvalidRegionId(command.RegionId) : TextRules.ValidateText("LoadBalancerName", command.LoadBalancerName, 80);
        if (invalid is not null)
            return Task.FromResult(Result<ClassicLoadBalancer>.Fail(invalid));
        return store.WriteAsync<ClassicLoadBalancer>(idempotency, async session =>
        {
            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New("lb");
            string address;
            VSwitch? vSwitch = null;
            if (command.AddressType == "intranet")
            {
                if (string.IsNullOrEmpty(command.VSwitchId))
                    return ApiErrors.MissingParameter("VSwitchId");
                vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
                if (vSwitch is null || vSwitch.RegionId != command.RegionId || (!string.IsNullOrEmpty(command.VpcId) && vSwitch.VpcId != command.VpcId))
                    return ApiErrors.VSwitchNotFound(command.VSwitchId);
                var ip = await PrivateIpAllocator.AllocateAsync(session, vSwitch, command.Address, "Address", OwnerType, id);
                if (!ip.IsSuccess)
                    return ip.Error;
                address = ip.Value;
            }
            else
            {
                var free = await session.Addresses.FindFreeAsync(command.RegionId);
                if (free is null)
                    return ApiErrors.PoolExhausted(command.RegionId);
                await session.Addresses.HoldAsync(free.IpAddress, id, command.AccountId);
                address = free.IpAddress;
            }

            var loadBalancer = new ClassicLoadBalancer
            {
                LoadBalancerId = id,
                AccountId = command.AccountId,
                RegionId = command.RegionId,
                LoadBalancerName = command.LoadBalancerName ?? "auto_named_slb",
                AddressType = command.AddressType,
                Address = address,
                VpcId = vSwitch?.VpcId ?? "",
                VSwitchId = vSwitch?.VSwitchId ?? "",
                MasterZoneId = vSwitch?.ZoneId ?? command.MasterZoneId ?? region!.Zones[0].ZoneId,
                ResourceGroupId = group.Value,
                CreationTime = clock.GetUtcNow(),
            };
            await session.LoadBalancers.InsertClassicAsync(loadBalancer);
            return loadBalancer;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string loadBalancerId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var loadBalancer = await session.LoadBalancers.FindClassicAsync(accountId, loadBalancerId);
            if (loadBalancer is null)
                return NotFound(loadBalancerId);
            var eips = await session.Eips.ListBoundToAsync([loadBalancerId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(loadBalancerId, eips.Select(e => e.AllocationId));
            if (loadBalancer.AddressType == "intranet")
                await session.PrivateIps.ReleaseOwnedAsync(OwnerType, loadBalancerId);
            else
                await session.Addresses.ReleaseAsync(loadBalancer.Address, clock.GetUtcNow());
            await session.LoadBalancers.DeleteClassicAsync(loadBalancerId);
            return Unit.Value;
        }, cancellationToken);

    public async Task<Result<ClassicLoadBalancer>> FindAsync(string accountId, string loadBalancerId, CancellationToken cancellationToken)
    {
        var found = await store.ReadAsync(session => session.LoadBalancers.FindClassicAsync(accountId, loadBalancerId), cancellationToken);
        return found is null ? NotFound(loadBalancerId) : found;
    }

    public async Task<Result<Page<ClassicLoadBalancer>>> DescribeAsync(ComputeQuery query, string? addressType, CancellationToken cancellationToken) =>
        regions.Find(query.RegionId) is null
            ? ApiErrors.InvalidRegionId(query.RegionId)
            : await store.ReadAsync(session => session.LoadBalancers.QueryClassicAsync(query, addressType), cancellationToken);

    private static Error NotFound(string id) =>
        new("InvalidLoadBalancerId.NotFound", $"The specified load balancer \"{ApiErrors.Shorten(id)}\" does not exist.");
}
