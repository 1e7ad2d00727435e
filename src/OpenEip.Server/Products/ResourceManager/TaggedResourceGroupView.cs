using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>The ResourceGroup of GetResourceGroup: with its region statuses and (IncludeTags) its tags.</summary>
public sealed record TaggedResourceGroupView(
    string AccountId, string CreateDate, string DisplayName, string Id, string Name, RegionStatusList RegionStatuses, string Status, ResourceGroupTagList Tags)
{
    public static TaggedResourceGroupView From(DescribedResourceGroup described, RegionCatalogue regions, bool includeTags)
    {
        var view = ResourceGroupView.From(described.Group, regions);
        return new(view.AccountId, view.CreateDate, view.DisplayName, view.Id, view.Name, view.RegionStatuses, view.Status,
            ResourceGroupItem.TagsOf(described, includeTags));
    }
}
