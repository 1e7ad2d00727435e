using OpenEip.Core.Regions;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>The ResourceGroup of CreateResourceGroup and DeleteResourceGroup (SDK models without Tags).</summary>
public sealed record ResourceGroupView(
    string AccountId, string CreateDate, string DisplayName, string Id, string Name, RegionStatusList RegionStatuses, string Status)
{
    /// <summary>A group is global: it has the same status in every region of the catalogue.</summary>
    public static ResourceGroupView From(ResourceGroup group, RegionCatalogue regions, string? status = null)
    {
        var shown = status ?? group.Status;
        return new(group.AccountId, WireTime.Seconds(group.CreationTime), group.DisplayName, group.ResourceGroupId, group.Name,
            new RegionStatusList(regions.Regions.Select(r => new RegionStatusItem(r.RegionId, shown)).ToList()), shown);
    }
}
