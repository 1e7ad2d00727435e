namespace OpenEip.Server.Products.Vpc.Regions;

public sealed record ZoneList(IReadOnlyList<ZoneItem> Zone);
