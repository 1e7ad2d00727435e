using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DescribeEipAddresses: the caller's EIPs in a region, filtered and paged, with their tags.</summary>
public sealed class DescribeEips(IStore store, RegionCatalogue regions)
{
    public async Task<Result<DescribedEips>> ExecuteAsync(EipQuery query, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, query.RegionId) is { } unknownRegion)
            return unknownRegion;

        if (query.SegmentInstanceId is not null || query.PublicIpAddressPoolId is not null)
            return new DescribedEips(new EipPage([], 0), new Dictionary<string, IReadOnlyList<Tag>>());

        return await store.ReadAsync<Result<DescribedEips>>(async session =>
        {
            // Alibaba documents InvalidResourceGroupId for a filter naming a group that does not exist.
            if (await ResourceGroupPlacement.CheckFilterAsync(session, query.AccountId, query.ResourceGroupId) is { } invalid)
                return invalid;
            var page = await session.Eips.QueryAsync(query);
            var tags = await session.Tags.GetAsync(ResourceTypes.Eip, page.Items.Select(e => e.AllocationId).ToList());
            return new DescribedEips(page, tags);
        }, cancellationToken);
    }
}
