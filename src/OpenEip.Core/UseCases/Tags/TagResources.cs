using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>TagResources: sets Tag.N on the caller's resources, at most <see cref="TagRules.MaxTagsPerResource"/> keys on each.</summary>
public sealed class TagResources(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(TagResourcesCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TagRegions.Check(regions, command.RegionId, command.ResourceType) ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var missing = await TaggedResources.FindMissingAsync(session, command.AccountId, command.RegionId, command.ResourceType, command.ResourceIds);
            if (missing is not null)
                return ApiErrors.ResourceNotFound(missing);

            // Counted inside the write transaction, so parallel calls cannot take a resource past the limit.
            var existing = await session.Tags.GetAsync(command.ResourceType, command.ResourceIds);
            foreach (var id in command.ResourceIds)
            {
                var keys = existing.GetValueOrDefault(id, []).Select(t => t.Key).Union(command.Tags.Select(t => t.Key)).Count();
                if (keys > TagRules.MaxTagsPerResource)
                    return ApiErrors.TagQuotaExceeded(TagRules.MaxTagsPerResource);
                foreach (var tag in command.Tags)
                    await session.Tags.SetAsync(command.AccountId, command.ResourceType, id, tag);
            }

            return Unit.Value;
        }, cancellationToken);
    }
}
