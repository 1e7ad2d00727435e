using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>CreateResourceGroup (Resource Manager, for the caller; operator API, for any account): Name and DisplayName are required by the rules.</summary>
public sealed record CreateResourceGroupCommand(string AccountId, string? Name, string? DisplayName)
{
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
