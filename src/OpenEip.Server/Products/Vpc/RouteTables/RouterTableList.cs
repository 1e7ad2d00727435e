namespace OpenEip.Server.Products.Vpc.RouteTables;

/// <summary>The SDK model's spelling: RouterTableList.RouterTableListType.</summary>
public sealed record RouterTableList(IReadOnlyList<RouteTableItem> RouterTableListType);
