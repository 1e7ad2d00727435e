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
/// ALB and NLB CreateLoadBalancer: a private IP in each zone mapping's vSwitch (held under <see cref="OwnerType"/>),
/// and with AddressType Internet one system-managed EIP per zone as well (R-LB-2).
/// </summary>
public sealed class CreateZonalLoadBalancer(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    /// <summary>The owner type of an ALB's or NLB's private IPs.</summary>
    public const string OwnerType = "LoadBalancer";

    public Task<Result<ZonalLoadBalancer>> ExecuteAsync(CreateZonalLoadBalancerCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var mappings = command.ZoneMappings;
        var invalid = regions.Find(command.RegionId) is null ? ApiErrors.InvalidRegionId(command.RegionId)
            : mappings.Count < 2 ? ApiErrors.InvalidParameter("ZoneMappings", "at least two zone mappings (two zones) are needed.")
            : mappings.Select(m => m.ZoneId).Distinct().Count() != mappings.Count ? ApiErrors.InvalidParameter("ZoneMappings", "each zone is mapped once.")
            : TextRules.ValidateText("LoadBalancerName", command.LoadBalancerName, 128);
        if (invalid is not null)
            return Task.FromResult(Result<ZonalLoadBalancer>.Fail(invalid));

        return store.WriteAsync<ZonalLoadBalancer>(idempotency, async session =>
        {
            var vpc = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!vpc.IsSuccess)
                return vpc.Error;
            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New(command.Kind);
            var zones = new List<ZoneMapping>();
            foreach (var mapping in mappings)
            {
                var vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, mapping.VSwitchId);
                if (vSwitch is null || vSwitch.VpcId != command.VpcId)
                    return ApiErrors.VSwitchNotFound(mapping.VSwitchId);
                if (vSwitch.ZoneId != mapping.ZoneId)
                    return new Error("InvalidVSwitchId.ZoneMismatch", $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.ZoneId}, not in {ApiErrors.Shorten(mapping.ZoneId)}.");
                var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, null, "ZoneMappings", OwnerType, id);
                if (!address.IsSuccess)
                    return address.Error;
                zones.Add(new ZoneMapping(mapping.ZoneId, vSwitch.VSwitchId, address.Value));
            }

            var now = clock.GetUtcNow();
            var loadBalancer = new ZonalLoadBalancer
            {
                LoadBalancerId = id, AccountId = command.AccountId, RegionId = command.RegionId, Kind = command.Kind, LoadBalancerName = command.LoadBalancerName ?? "",
                AddressType = ZonalLoadBalancerAddressing.Intranet, VpcId = command.VpcId, ZoneMappings = zones, ResourceGroupId = group.Value, CreationTime = now,
            };
            if (command.AddressType == ZonalLoadBalancerAddressing.Internet)
            {
                var internet = await ZonalLoadBalancerAddressing.ToInternetAsync(session, loadBalancer, now);
                if (!internet.IsSuccess)
                    return internet.Error;
                loadBalancer = internet.Value;
            }

            await session.LoadBalancers.InsertZonalAsync(loadBalancer);
            return loadBalancer;
        }, cancellationToken);
    }
}
