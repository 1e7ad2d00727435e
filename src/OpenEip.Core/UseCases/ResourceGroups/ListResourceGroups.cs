using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>ListResourceGroups (and the operator's DescribeResourceGroups): the groups matching the filters, with their tags, a page at a time.</summary>
public sealed class ListResourceGroups(IStore store)
{
    public Task<Page<DescribedResourceGroup>> ExecuteAsync(ResourceGroupQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var groups = (await session.ResourceGroups.ListAsync(query.AccountId)).Where(g => Matches(g, query)).ToList();
            var tags = await session.Tags.GetAsync(ResourceGroupTags.ResourceType, groups.Select(g => g.ResourceGroupId).ToList());
            var matching = groups
                .Select(g => new DescribedResourceGroup(g, tags.GetValueOrDefault(g.ResourceGroupId) ?? []))
                .Where(d => query.Tags.All(wanted => d.Tags.Contains(wanted)))
                .ToList();
            var page = matching.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize).ToList();
            return new Page<DescribedResourceGroup>(page, matching.Count);
        }, cancellationToken);

    private static bool Matches(ResourceGroup group, ResourceGroupQuery query) =>
        (query.Status is null || string.Equals(query.Status, group.Status, StringComparison.OrdinalIgnoreCase))
        && (query.ResourceGroupIds.Count == 0 || query.ResourceGroupIds.Contains(group.ResourceGroupId, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(query.Name) || group.Name.Contains(query.Name, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(query.DisplayName) || group.DisplayName.Contains(query.DisplayName, StringComparison.OrdinalIgnoreCase));
}
