namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record DescribeZonesResponse(ZoneList Zones);
