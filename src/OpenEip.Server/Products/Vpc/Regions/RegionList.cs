namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record RegionList(IReadOnlyList<RegionItem> Region);
