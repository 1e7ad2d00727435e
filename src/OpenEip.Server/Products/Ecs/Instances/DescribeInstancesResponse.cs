namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record DescribeInstancesResponse(int PageNumber, int PageSize, int TotalCount, string NextToken, InstanceList Instances);
