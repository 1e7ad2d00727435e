namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record DescribeNatGatewaysResponse(int PageNumber, int PageSize, int TotalCount, NatGatewayList NatGateways);
