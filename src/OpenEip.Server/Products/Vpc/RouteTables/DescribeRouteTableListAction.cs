using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.RouteTables;

/// <summary>
/// DescribeRouteTableList: the system route table of each of the caller's VPCs in the region (the one
/// kind of route table there is), filtered by VpcId, RouteTableId, RouterId, RouteTableType (System),
/// RouterType (VRouter), RouteTableName, ResourceGroupId and Tag.N; PageSize ≤ 50.
/// </summary>
public sealed class DescribeRouteTableListAction(DescribeRouteTables routeTables) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeRouteTableList";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new RouteTableQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            VpcId = bind.NonEmptyString("VpcId", 64),
            RouteTableId = bind.NonEmptyString("RouteTableId", 64),
            RouteTableName = bind.NonEmptyString("RouteTableName", 128),
            RouteTableType = bind.Enum("RouteTableType", ["System", "Custom"]),
            RouterId = bind.NonEmptyString("RouterId", 64),
            RouterType = bind.Enum("RouterType", ["VRouter", "VBR"]),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            FiltersByTag = bind.Tags("Tag", 20).Count > 0,
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 50) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await routeTables.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(page => new DescribeRouteTableListResponse(
            query.PageNumber, query.PageSize, page.TotalCount, new RouterTableList(page.Items.Select(RouteTableItem.From).ToList())));
    }
}
