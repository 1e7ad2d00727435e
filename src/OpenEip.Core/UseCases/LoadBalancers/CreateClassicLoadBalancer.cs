using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>
/// SLB CreateLoadBalancer: an intranet CLB takes a private IP of its vSwitch (held under <see cref="OwnerType"/>)
/// and can take an EIP later (R-LB-3); an internet CLB holds a public address of the region's pool.
/// </summary>
public sealed class CreateClassicLoadBalancer(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    /// <summary>The owner type of an intranet CLB's private IP.</summary>
    public const string OwnerType = "SlbInstance";

    public Task<Result<ClassicLoadBalancer>> ExecuteAsync(CreateClassicLoadBalancerCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
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
}
