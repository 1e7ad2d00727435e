using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVSwitchAttributes. Null when the caller has no such vSwitch in the region (as <see cref="DescribeVpcAttribute"/>).</summary>
public sealed class DescribeVSwitchAttributes(IStore store, RegionCatalogue regions)
{
    public async Task<Result<DescribedVSwitch?>> ExecuteAsync(DescribeVSwitchAttributesQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var vSwitch = await session.Networks.FindVSwitchAsync(query.AccountId, query.VSwitchId);
            return vSwitch is null || vSwitch.RegionId != query.RegionId ? null : await NetworkDescriptions.VSwitchAsync(session, vSwitch);
        }, cancellationToken);
    }
}
