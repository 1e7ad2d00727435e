using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>GetResourceGroup: one of the caller's groups with its tags; another account's group is not found.</summary>
public sealed class GetResourceGroup(IStore store)
{
    public Task<Result<DescribedResourceGroup>> ExecuteAsync(GetResourceGroupQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<DescribedResourceGroup>>(async session =>
        {
            var group = await session.ResourceGroups.FindAsync(query.AccountId, query.ResourceGroupId);
            if (group is null)
                return ResourceGroupErrors.NotFound();
            var tags = await session.Tags.GetAsync(ResourceGroupTags.ResourceType, [query.ResourceGroupId]);
            return new DescribedResourceGroup(group, tags.GetValueOrDefault(query.ResourceGroupId) ?? []);
        }, cancellationToken);
}
