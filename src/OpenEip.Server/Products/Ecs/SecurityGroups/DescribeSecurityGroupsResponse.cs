namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record DescribeSecurityGroupsResponse(string RegionId, int PageNumber, int PageSize, int TotalCount, string NextToken, SecurityGroupList SecurityGroups);
