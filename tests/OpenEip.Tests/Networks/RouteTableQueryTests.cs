using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;

namespace OpenEip.Tests.Networks;

/// <summary>DescribeRouteTableList reports only what exists: one system route table per VPC, on its vRouter.</summary>
public sealed class RouteTableQueryTests
{
    private static readonly Vpc Vpc = new()
    {
        VpcId = "vpc-1", AccountId = "1", RegionId = "cn-hangzhou", CidrBlock = "10.0.0.0/16", ResourceGroupId = "rg-1",
        VRouterId = "vrt-1", RouteTableId = "vtb-1", CreationTime = DateTimeOffset.UnixEpoch,
    };

    private static RouteTableQuery Query => new("1", "cn-hangzhou");

    [Theory]
    [InlineData("System", null, true)]
    [InlineData("system", "vrouter", true)]
    [InlineData("Custom", null, false)]
    [InlineData(null, "VBR", false)]
    public void Types_OnlySystemTablesOnVRouters(string? tableType, string? routerType, bool canMatch)
    {
        Assert.Equal(canMatch, DescribeRouteTables.CanMatch(Query with { RouteTableType = tableType, RouterType = routerType }));
    }

    [Fact]
    public void NamesAndTags_MatchNothing_SystemTablesHaveNeither()
    {
        Assert.False(DescribeRouteTables.CanMatch(Query with { RouteTableName = "main" }));
        Assert.False(DescribeRouteTables.CanMatch(Query with { FiltersByTag = true }));
        Assert.True(DescribeRouteTables.CanMatch(Query));
    }

    [Fact]
    public void Ids_MatchTheVpcsTableAndRouter()
    {
        Assert.True(DescribeRouteTables.Matches(Vpc, Query with { RouteTableId = "vtb-1", RouterId = "vrt-1", ResourceGroupId = "rg-1" }));
        Assert.False(DescribeRouteTables.Matches(Vpc, Query with { RouteTableId = "vtb-2" }));
        Assert.False(DescribeRouteTables.Matches(Vpc, Query with { RouterId = "vrt-2" }));
        Assert.False(DescribeRouteTables.Matches(Vpc, Query with { ResourceGroupId = "rg-2" }));
    }
}
