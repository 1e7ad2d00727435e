namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record RouteTableRef(string RouteTableId, string RouteTableType);
