namespace OpenEip.Server.Products.ResourceManager;

public sealed record RegionStatusItem(string RegionId, string Status);
