namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record RegionItem(string RegionId, string LocalName, string RegionEndpoint);
