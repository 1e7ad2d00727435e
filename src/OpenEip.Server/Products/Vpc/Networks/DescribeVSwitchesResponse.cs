namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record DescribeVSwitchesResponse(int PageNumber, int PageSize, int TotalCount, VSwitchList VSwitches);
