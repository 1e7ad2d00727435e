namespace OpenEip.Server.Products.Operator;

public sealed record DescribeAddressPoolsResponse(int TotalCount, AddressPoolList AddressPools);
