using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>The region check of the tag actions: EIPs answer an unknown region as the EIP API does; other types are not checked.</summary>
public static class TagRegions
{
    public static Error? Check(RegionCatalogue regions, string regionId, string resourceType) =>
        resourceType == ResourceTypes.Eip ? EipRegions.Check(regions, regionId) : null;
}
