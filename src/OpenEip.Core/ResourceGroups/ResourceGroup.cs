namespace OpenEip.Core.ResourceGroups;

/// <summary>
/// A resource group of an account (Resource Manager 2020-03-31). Every resource an account creates is in
/// exactly one of its groups; every account has a default group, made with the account, that cannot be deleted.
/// </summary>
public sealed record ResourceGroup
{
    public required string ResourceGroupId { get; init; }
    public required string AccountId { get; init; }

    /// <summary>The unique identifier within the account (Alibaba's "Name").</summary>
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public bool IsDefault { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>Groups are usable at once: never Creating, and deleted outright (never PendingDelete).</summary>
    public string Status => ResourceGroupRules.StatusOk;
}
