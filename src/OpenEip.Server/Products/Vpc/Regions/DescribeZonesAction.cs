using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Regions;

/// <summary>DescribeZones: the zones of one region.</summary>
public sealed class DescribeZonesAction(RegionCatalogue regions) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeZones";

    public bool IsMutating => false;

    public Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var language = bind.String("AcceptLanguage", 16);
        bind.Enum("ZoneType", ["AvailabilityZone"]);
        if (bind.Error is not null)
            return Task.FromResult(Result<object>.Fail(bind.Error));
        var region = regions.Find(regionId);
        if (region is null)
            return Task.FromResult(Result<object>.Fail(ApiErrors.InvalidRegionId(regionId)));

        var zones = region.Zones.Select(z => new ZoneItem(z.ZoneId, z.Names.For(language), "AvailabilityZone")).ToList();
        return Task.FromResult(Result<object>.Ok(new DescribeZonesResponse(new ZoneList(zones))));
    }
}
