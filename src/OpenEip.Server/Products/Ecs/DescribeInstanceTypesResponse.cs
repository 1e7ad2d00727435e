namespace OpenEip.Server.Products.Ecs;

public sealed record DescribeInstanceTypesResponse(string NextToken, InstanceTypeList InstanceTypes);
