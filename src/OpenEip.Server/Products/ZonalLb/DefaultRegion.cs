namespace OpenEip.Server.Products.ZonalLb;

/// <summary>OpenEip:DefaultRegionId, for APIs whose requests name no region.</summary>
public sealed record DefaultRegion(string RegionId);
