using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.Vpcs;

/// <summary>Reading VPCs: DescribeVpcs takes one VpcId a call here (Alibaba takes a comma list; one is what both accept).</summary>
public static class VpcQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Vpc, "DescribeVpcs", "Vpcs.Vpc", "VpcId", "PageSize", 50, 1, IdFilters.Single("VpcId"), "InvalidVpcId.NotFound", "VPC");
}
