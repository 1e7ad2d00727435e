namespace OpenEip.Server.Products.Vpc.RouteTables;

public sealed record DescribeRouteTableListResponse(int PageNumber, int PageSize, int TotalCount, RouterTableList RouterTableList);
