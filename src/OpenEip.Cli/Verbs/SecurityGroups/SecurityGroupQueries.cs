using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.SecurityGroups;

/// <summary>Reading security groups (DescribeSecurityGroups takes ids as a JSON array, pages of 50 at most).</summary>
public static class SecurityGroupQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Ecs, "DescribeSecurityGroups", "SecurityGroups.SecurityGroup", "SecurityGroupId", "PageSize", 50, 100,
        IdFilters.JsonArray("SecurityGroupIds"), "InvalidSecurityGroupId.NotFound", "security group");
}
