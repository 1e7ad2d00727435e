namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record DescribeVpcsResponse(int PageNumber, int PageSize, int TotalCount, VpcList Vpcs);
