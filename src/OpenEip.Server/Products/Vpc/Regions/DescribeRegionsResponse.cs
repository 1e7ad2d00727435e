namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record DescribeRegionsResponse(RegionList Regions);
