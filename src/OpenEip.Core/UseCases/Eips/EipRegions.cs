using OpenEip.Core.Errors;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// The region check every EIP action makes first: a RegionId that is given but not in the catalogue is
/// Forbidden.RegionNotFound (Alibaba's EIP pages document it; other products keep InvalidRegionId.NotFound).
/// </summary>
public static class EipRegions
{
    public static Error? Check(RegionCatalogue regions, string? regionId) =>
        string.IsNullOrEmpty(regionId) || regions.Find(regionId) is not null ? null : ApiErrors.RegionNotFound();
}
