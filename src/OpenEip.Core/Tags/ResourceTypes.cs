namespace OpenEip.Core.Tags;

/// <summary>The resource types that can carry tags (ResourceType of TagResources).</summary>
public static class ResourceTypes
{
    public const string Eip = "EIP";

    public static readonly IReadOnlyList<string> All = [Eip];
}
