using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>DescribeInstances: InstanceIds (a JSON array string), VpcId, VSwitchId, ZoneId, Status, InstanceName; PageSize ≤ 100.</summary>
public sealed class DescribeInstancesAction(DescribeInstances describe, InstanceTypeCatalogue types) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DescribeInstances";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var paging = EcsPaging.Bind(bind, maxPageSize: 100, maxResults: 100);
        var query = new ComputeQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Ids = bind.JsonList("InstanceIds", 100),
            VpcId = bind.NonEmptyString("VpcId", 64),
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            ZoneId = bind.NonEmptyString("ZoneId", 64),
            Name = bind.NonEmptyString("InstanceName", 128),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = paging.PageNumber,
            PageSize = paging.PageSize,
        };
        var status = bind.Enum("Status", InstanceStatus.All);
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeInstancesQuery(query, status), context.CancellationToken);
        return result.Map<object>(page => new DescribeInstancesResponse(
            query.PageNumber, query.PageSize, page.TotalCount, paging.NextToken(page.TotalCount),
            new InstanceList(page.Items.Select(i => InstanceItem.From(i, types.Find(i.Instance.InstanceType))).ToList())));
    }
}
