namespace OpenEip.Core.Regions;

/// <summary>One region of the catalogue, with what the EIP rules need to know about it.</summary>
public sealed record Region(
    string RegionId,
    LocalizedName Names,
    IReadOnlyList<Zone> Zones,
    bool SupportsBindedMode,
    bool SupportsMultiBindedMode,
    string DefaultAddressPool,
    bool SupportsBgpPro = false);
