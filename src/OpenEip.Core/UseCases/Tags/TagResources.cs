using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>TagResources, UnTagResources and ListTagResources for the account's resources.</summary>
public sealed class TagResources(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> TagAsync(string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = CheckRegion(regionId, resourceType) ?? TagRules.Validate(tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var missing = await FindMissingAsync(session, accountId, regionId, resourceType, resourceIds);
            if (missing is not null)
                return ApiErrors.ResourceNotFound(missing);

            var existing = await session.Tags.GetAsync(resourceType, resourceIds);
            foreach (var id in resourceIds)
            {
                var keys = existing.GetValueOrDefault(id, []).Select(t => t.Key).Union(tags.Select(t => t.Key)).Count();
                if (keys > TagRules.MaxTagsPerResource)
                    return ApiErrors.TagQuotaExceeded(TagRules.MaxTagsPerResource);
                foreach (var tag in tags)
                    await session.Tags.SetAsync(accountId, resourceType, id, tag);
            }

            return Unit.Value;
        }, cancellationToken);
    }

    public Task<Result<Unit>> UntagAsync(string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds, IReadOnlyList<string>? keys, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (CheckRegion(regionId, resourceType) is { } unknownRegion)
            return Task.FromResult(Result<Unit>.Fail(unknownRegion));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var missing = await FindMissingAsync(session, accountId, regionId, resourceType, resourceIds);
            if (missing is not null)
                return ApiErrors.ResourceNotFound(missing);
            foreach (var id in resourceIds)
                await session.Tags.RemoveAsync(resourceType, id, keys);
            return Unit.Value;
        }, cancellationToken);
    }

    /// <summary>The region check of the tag actions: EIPs answer an unknown region as the EIP API does.</summary>
    public Error? CheckRegion(string regionId, string resourceType) =>
        resourceType == ResourceTypes.Eip ? EipRegions.Check(regions, regionId) : null;

    public Task<IReadOnlyList<ResourceTag>> ListAsync(string accountId, string resourceType, IReadOnlyCollection<string>? resourceIds, IReadOnlyList<Tag> tagFilter, int offset, int limit, CancellationToken cancellationToken) =>
        store.ReadAsync(session => session.Tags.ListAsync(accountId, resourceType, resourceIds, tagFilter, offset, limit), cancellationToken);

    /// <summary>The first id that is not the caller's resource of this type in the region.</summary>
    private static async Task<string?> FindMissingAsync(IStoreSession session, string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds)
    {
        foreach (var id in resourceIds)
        {
            if (!await TaggedResources.ExistsAsync(session, accountId, regionId, resourceType, id))
                return id;
        }

        return null;
    }
}
