namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>The <c>AvailableRegions</c> wrapper: <c>AvailableRegion</c> is always an array of region ids.</summary>
public sealed record AvailableRegionList(IReadOnlyList<string> AvailableRegion);
