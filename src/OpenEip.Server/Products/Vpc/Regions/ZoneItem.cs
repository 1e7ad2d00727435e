namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record ZoneItem(string ZoneId, string LocalName, string ZoneType);
