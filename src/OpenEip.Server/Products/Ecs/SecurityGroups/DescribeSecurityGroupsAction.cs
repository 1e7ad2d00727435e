using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class DescribeSecurityGroupsAction(DescribeSecurityGroups describe) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DescribeSecurityGroups";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var paging = EcsPaging.Bind(bind, maxPageSize: 50, maxResults: 100);
        var ids = bind.JsonList("SecurityGroupIds", 100);
        var single = bind.NonEmptyString("SecurityGroupId", 64);
        var query = new ComputeQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Ids = single is null ? ids : [.. ids, single],
            VpcId = bind.NonEmptyString("VpcId", 64),
            Name = bind.NonEmptyString("SecurityGroupName", 128),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = paging.PageNumber,
            PageSize = paging.PageSize,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(page => new DescribeSecurityGroupsResponse(
            query.RegionId, query.PageNumber, query.PageSize, page.TotalCount, paging.NextToken(page.TotalCount),
            new SecurityGroupList(page.Items.Select(g => new SecurityGroupItem(
                g.SecurityGroupId, g.SecurityGroupName, g.Description, g.VpcId, WireTime.Seconds(g.CreationTime), "normal", g.ResourceGroupId)).ToList())));
    }
}
