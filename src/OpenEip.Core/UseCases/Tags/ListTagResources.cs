using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>ListTagResources: the tags of the caller's resources of one type, ordered by resource then key.</summary>
public sealed class ListTagResources(IStore store, RegionCatalogue regions)
{
    public async Task<Result<IReadOnlyList<ResourceTag>>> ExecuteAsync(ListTagResourcesQuery query, CancellationToken cancellationToken)
    {
        if (TagRegions.Check(regions, query.RegionId, query.ResourceType) is { } unknownRegion)
            return unknownRegion;
        return Result<IReadOnlyList<ResourceTag>>.Ok(await store.ReadAsync(
            session => session.Tags.ListAsync(query.AccountId, query.ResourceType, query.ResourceIds, query.Tags, query.Offset, query.Limit), cancellationToken));
    }
}
