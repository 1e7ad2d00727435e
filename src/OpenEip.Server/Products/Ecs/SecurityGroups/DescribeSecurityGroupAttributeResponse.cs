namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record DescribeSecurityGroupAttributeResponse(
    string RegionId, string SecurityGroupId, string SecurityGroupName, string Description, string VpcId, string InnerAccessPolicy, string NextToken, PermissionList Permissions);
