namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>Tags of a group are kept with the other tags, under this resource type (not one TagResources accepts).</summary>
public static class ResourceGroupTags
{
    public const string ResourceType = "ResourceGroup";
}
