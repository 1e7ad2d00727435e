using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.VSwitches;

/// <summary>Reading vSwitches; other verbs read one to learn its VPC and zone (a NAT gateway's VPC, a load balancer's zones).</summary>
public static class VSwitchQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Vpc, "DescribeVSwitches", "VSwitches.VSwitch", "VSwitchId", "PageSize", 50, 1, IdFilters.Single("VSwitchId"), "InvalidVSwitchId.NotFound", "vSwitch");
}
