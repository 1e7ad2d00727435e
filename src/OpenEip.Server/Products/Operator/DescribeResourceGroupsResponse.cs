namespace OpenEip.Server.Products.Operator;

public sealed record DescribeResourceGroupsResponse(int TotalCount, OperatorResourceGroupList ResourceGroups);
