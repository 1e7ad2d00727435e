using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Errors;
using OpenEip.Core.Pools;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// DescribeAddressPools: each region's public address pool, its configured ranges and how much of it EIPs hold,
/// so that an operator sees a pool running out before allocations fail (the console's operator overview shows
/// the same counts). <c>RegionId</c> narrows it to one region; an unknown one is InvalidRegionId.NotFound.
/// </summary>
public sealed class DescribeAddressPoolsAction(IPoolUseQuery pools, RegionPools configured, RegionCatalogue catalogue, TimeProvider clock) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribeAddressPools";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.NonEmptyString("RegionId", 64);
        if (regionId is not null && catalogue.Find(regionId) is null)
            bind.Fail(ApiErrors.InvalidRegionId(regionId));
        if (bind.Error is not null)
            return bind.Error;

        // Free addresses released inside the recovery window still belong to their last owner's recovery (R-LIFE-6).
        var use = await pools.DescribePoolUseAsync(clock.GetUtcNow() - AllocateEip.RecoveryWindow, context.CancellationToken);
        var cidrs = configured.All.ToDictionary(p => p.RegionId, p => p.Cidrs, StringComparer.Ordinal);
        var items = use
            .Where(u => regionId is null || u.RegionId == regionId)
            .Select(u => new AddressPoolItem(u.RegionId, new CidrList(cidrs.GetValueOrDefault(u.RegionId) ?? []), u.Total, u.Held, u.Free, u.Recoverable))
            .ToList();
        return new DescribeAddressPoolsResponse(items.Count, new AddressPoolList(items));
    }
}
