namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed record DescribeHaVipsResponse(int PageNumber, int PageSize, int TotalCount, HaVipList HaVips);
