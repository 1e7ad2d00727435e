namespace OpenEip.Server.Products.Vpc.RouteTables;

/// <summary>The SDK model really names the list GatewayIds.GatewayIds; always empty (no gateway route tables).</summary>
public sealed record GatewayIdList(IReadOnlyList<string> GatewayIds);
