using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>One group of ListResourceGroups.</summary>
public sealed record ResourceGroupItem(string AccountId, string CreateDate, string DisplayName, string Id, string Name, string Status, ResourceGroupTagList Tags)
{
    public static ResourceGroupItem From(DescribedResourceGroup described, bool includeTags) =>
        new(described.Group.AccountId, WireTime.Seconds(described.Group.CreationTime), described.Group.DisplayName, described.Group.ResourceGroupId,
            described.Group.Name, described.Group.Status, TagsOf(described, includeTags));

    /// <summary>Tags are listed only when IncludeTags=true, as Alibaba does; otherwise an empty list.</summary>
    public static ResourceGroupTagList TagsOf(DescribedResourceGroup described, bool includeTags) =>
        new(includeTags ? described.Tags.Select(t => new ResourceGroupTagItem(t.Key, t.Value)).ToList() : []);
}
