using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>ListResourceGroups' filters (Name and DisplayName match as substrings, any case); a null account lists every account's (operator).</summary>
public sealed record ResourceGroupQuery(string? AccountId)
{
    public string? Status { get; init; }
    public IReadOnlyList<string> ResourceGroupIds { get; init; } = [];
    public string? Name { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
