namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record NatGatewayList(IReadOnlyList<NatGatewayItem> NatGateway);
