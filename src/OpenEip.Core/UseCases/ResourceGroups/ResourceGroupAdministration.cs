using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.ResourceGroups;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>
/// Create, list, get and delete resource groups: for the caller's own account (Resource Manager API) or,
/// for the operator, any account's (operator API).
/// </summary>
public sealed class ResourceGroupAdministration(IStore store, TimeProvider clock)
{
    /// <summary>Tags of a group are kept with the other tags, under this resource type.</summary>
    public const string TagResourceType = "ResourceGroup";

    public Task<Result<DescribedResourceGroup>> CreateAsync(
        string accountId, string? name, string? displayName, IReadOnlyList<Tag> tags, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = ResourceGroupRules.ValidateName(name) ?? ResourceGroupRules.ValidateDisplayName(displayName) ?? TagRules.Validate(tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<DescribedResourceGroup>.Fail(invalid));
        return store.WriteAsync<DescribedResourceGroup>(idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            if (await session.ResourceGroups.FindByNameAsync(accountId, name!) is not null)
                return ResourceGroupErrors.NameTaken(name!);
            var limit = await session.Accounts.FindQuotaAsync(accountId, QuotaNames.ResourceGroupPerAccount) ?? QuotaNames.Defaults[QuotaNames.ResourceGroupPerAccount];
            if ((await session.ResourceGroups.ListAsync(accountId)).Count(g => !g.IsDefault) >= limit)
                return ResourceGroupErrors.LimitExceeded(limit);
            var group = new ResourceGroup
            {
                ResourceGroupId = ResourceIds.NewResourceGroupId(),
                AccountId = accountId,
                Name = name!,
                DisplayName = displayName!,
                CreationTime = clock.GetUtcNow(),
            };
            await session.ResourceGroups.InsertAsync(group);
            foreach (var tag in tags)
                await session.Tags.SetAsync(accountId, TagResourceType, group.ResourceGroupId, tag);
            return new DescribedResourceGroup(group, tags);
        }, cancellationToken);
    }

    public Task<Page<DescribedResourceGroup>> ListAsync(ResourceGroupQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var groups = (await session.ResourceGroups.ListAsync(query.AccountId)).Where(g => Matches(g, query)).ToList();
            var tags = await session.Tags.GetAsync(TagResourceType, groups.Select(g => g.ResourceGroupId).ToList());
            var matching = groups
                .Select(g => new DescribedResourceGroup(g, tags.GetValueOrDefault(g.ResourceGroupId) ?? []))
                .Where(d => query.Tags.All(wanted => d.Tags.Contains(wanted)))
                .ToList();
            var page = matching.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize).ToList();
            return new Page<DescribedResourceGroup>(page, matching.Count);
        }, cancellationToken);

    public Task<Result<DescribedResourceGroup>> GetAsync(string accountId, string resourceGroupId, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<DescribedResourceGroup>>(async session =>
        {
            var group = await session.ResourceGroups.FindAsync(accountId, resourceGroupId);
            if (group is null)
                return ResourceGroupErrors.NotFound();
            var tags = await session.Tags.GetAsync(TagResourceType, [resourceGroupId]);
            return new DescribedResourceGroup(group, tags.GetValueOrDefault(resourceGroupId) ?? []);
        }, cancellationToken);

    /// <summary>Deletes an empty group other than the default one, at once (Alibaba keeps it PendingDelete while it checks).</summary>
    public Task<Result<ResourceGroup>> DeleteAsync(string accountId, string resourceGroupId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<ResourceGroup>(idempotency, async session =>
        {
            var group = await session.ResourceGroups.FindAsync(accountId, resourceGroupId);
            if (group is null)
                return ResourceGroupErrors.NotFound();
            if (group.IsDefault)
                return ResourceGroupErrors.IsDefault();
            var members = await session.ResourceGroups.ListMembersAsync(resourceGroupId, 6);
            if (members.Count > 0)
                return ResourceGroupErrors.HasResources(members.Count > 5 ? [.. members.Take(5), "…"] : members);
            await session.Tags.RemoveAsync(TagResourceType, resourceGroupId, null);
            await session.ResourceGroups.DeleteAsync(resourceGroupId);
            return group;
        }, cancellationToken);

    private static bool Matches(ResourceGroup group, ResourceGroupQuery query) =>
        (query.Status is null || string.Equals(query.Status, group.Status, StringComparison.OrdinalIgnoreCase))
        && (query.ResourceGroupIds.Count == 0 || query.ResourceGroupIds.Contains(group.ResourceGroupId, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(query.Name) || group.Name.Contains(query.Name, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(query.DisplayName) || group.DisplayName.Contains(query.DisplayName, StringComparison.OrdinalIgnoreCase));
}
