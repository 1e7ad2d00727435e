namespace OpenEip.Server.Products.ResourceManager;

public sealed record RegionStatusList(IReadOnlyList<RegionStatusItem> RegionStatus);
