namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record DescribeEipAddressesResponse(int PageNumber, int PageSize, int TotalCount, EipAddressList EipAddresses);
