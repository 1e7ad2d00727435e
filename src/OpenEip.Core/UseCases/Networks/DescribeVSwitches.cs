using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVSwitches: a page of the caller's vSwitches in a region, each with its free addresses and tags.</summary>
public sealed class DescribeVSwitches(IStore store, RegionCatalogue regions)
{
    public async Task<Result<Page<DescribedVSwitch>>> ExecuteAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var page = await session.Networks.QueryVSwitchesAsync(query);
            var items = new List<DescribedVSwitch>();
            foreach (var vSwitch in page.Items)
                items.Add(await NetworkDescriptions.VSwitchAsync(session, vSwitch));
            return new Page<DescribedVSwitch>(items, page.TotalCount);
        }, cancellationToken);
    }
}
