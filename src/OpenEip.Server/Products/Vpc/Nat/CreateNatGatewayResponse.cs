namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record CreateNatGatewayResponse(string NatGatewayId, SnatTableIdList SnatTableIds, ForwardTableIdList ForwardTableIds, FullNatTableIdList FullNatTableIds);
