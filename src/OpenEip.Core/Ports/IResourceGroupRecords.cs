using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.Ports;

public interface IResourceGroupRecords
{
    Task InsertAsync(ResourceGroup group);

    /// <summary>A group of the account (any account when <paramref name="accountId"/> is null).</summary>
    Task<ResourceGroup?> FindAsync(string? accountId, string resourceGroupId);

    Task<ResourceGroup?> FindDefaultAsync(string accountId);

    /// <summary>The id of the account's default group: what every create without a ResourceGroupId reads, so no more.</summary>
    Task<string?> FindDefaultIdAsync(string accountId);

    /// <summary>Whether the account has the group: what a create or a filter naming one checks, so no more.</summary>
    Task<bool> ExistsAsync(string accountId, string resourceGroupId);

    Task<ResourceGroup?> FindByNameAsync(string accountId, string name);

    /// <summary>The account's groups (every account's when null), oldest first.</summary>
    Task<IReadOnlyList<ResourceGroup>> ListAsync(string? accountId);

    Task DeleteAsync(string resourceGroupId);

    /// <summary>Ids of resources still in the group (released EIPs are not), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> ListMembersAsync(string resourceGroupId, int limit);

    /// <summary>Puts a resource of the account in a region into a group.</summary>
    /// <returns>False when the account has no such resource there.</returns>
    Task<bool> MoveAsync(GroupedResource kind, string accountId, string regionId, string resourceId, string resourceGroupId);
}
