using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>TagResources, UnTagResources and ListTagResources for the account's resources.</summary>
public sealed class TagResources(IStore store)
{
    public Task<Result<Unit>> TagAsync(string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds, IReadOnlyList<Tag> tags, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TagRules.Validate(tags, "Tag");
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

    public Task<Result<Unit>> UntagAsync(string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds, IReadOnlyList<string>? keys, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var missing = await FindMissingAsync(session, accountId, regionId, resourceType, resourceIds);
            if (missing is not null)
                return ApiErrors.ResourceNotFound(missing);
            foreach (var id in resourceIds)
                await session.Tags.RemoveAsync(resourceType, id, keys);
            return Unit.Value;
        }, cancellationToken);

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
