using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>UnTagResources (VPC) and UntagResources (ECS): removes the given keys, or every tag, from the caller's resources.</summary>
public sealed class UntagResources(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(UntagResourcesCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (TagRegions.Check(regions, command.RegionId, command.ResourceType) is { } unknownRegion)
            return Task.FromResult(Result<Unit>.Fail(unknownRegion));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var missing = await TaggedResources.FindMissingAsync(session, command.AccountId, command.RegionId, command.ResourceType, command.ResourceIds);
            if (missing is not null)
                return ApiErrors.ResourceNotFound(missing);
            foreach (var id in command.ResourceIds)
                await session.Tags.RemoveAsync(command.ResourceType, id, command.Keys);
            return Unit.Value;
        }, cancellationToken);
    }
}
