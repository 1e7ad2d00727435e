using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>Which group a new resource goes into, and the default group every account is born with.</summary>
public static class ResourceGroupPlacement
{
    /// <summary>
    /// The group a create puts its resource in: the one asked for, which must be the caller's, or the account's
    /// default group when none is given (as on Alibaba, Describe then shows the default group's id).
    /// Called inside the create's write transaction, so a group deleted meanwhile cannot be used.
    /// </summary>
    public static async Task<Result<string>> ResolveAsync(IStoreSession session, string accountId, string? resourceGroupId)
    {
        if (string.IsNullOrEmpty(resourceGroupId))
        {
            return await session.ResourceGroups.FindDefaultIdAsync(accountId)
                ?? throw new InvalidOperationException($"The account {accountId} has no default resource group.");
        }

        return await session.ResourceGroups.ExistsAsync(accountId, resourceGroupId)
            ? resourceGroupId
            : ResourceGroupErrors.InvalidResourceGroupId();
    }

    /// <summary>A ResourceGroupId filter of a Describe: empty means none; a group the caller does not own is refused.</summary>
    public static async Task<Error?> CheckFilterAsync(IStoreSession session, string accountId, string? resourceGroupId) =>
        string.IsNullOrEmpty(resourceGroupId) || await session.ResourceGroups.ExistsAsync(accountId, resourceGroupId)
            ? null
            : ResourceGroupErrors.InvalidResourceGroupId();

    /// <summary>The default group of a new account; every path that creates an account calls this in the same transaction.</summary>
    public static async Task<ResourceGroup> CreateDefaultAsync(IStoreSession session, string accountId, DateTimeOffset now)
    {
        var group = new ResourceGroup
        {
            ResourceGroupId = ResourceIds.NewResourceGroupId(),
            AccountId = accountId,
            Name = ResourceGroupRules.DefaultName,
            DisplayName = ResourceGroupRules.DefaultDisplayName,
            IsDefault = true,
            CreationTime = now,
        };
        await session.ResourceGroups.InsertAsync(group);
        return group;
    }
}
