namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>The SDK model really names the list NatGatewayIds.NatGatewayIds.</summary>
public sealed record NatGatewayIdList(IReadOnlyList<string> NatGatewayIds);
