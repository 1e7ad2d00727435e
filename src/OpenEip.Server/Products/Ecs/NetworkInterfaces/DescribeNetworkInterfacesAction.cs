using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class DescribeNetworkInterfacesAction(DescribeNetworkInterfaces describe) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DescribeNetworkInterfaces";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var paging = EcsPaging.Bind(bind, maxPageSize: 1000, maxResults: 1000);
        var query = new ComputeQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Ids = bind.List("NetworkInterfaceId", 100),
            VpcId = bind.NonEmptyString("VpcId", 64),
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            InstanceId = bind.NonEmptyString("InstanceId", 64),
            Type = bind.Enum("Type", ["Primary", "Secondary"]),
            Name = bind.NonEmptyString("NetworkInterfaceName", 128),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = paging.PageNumber,
            PageSize = paging.PageSize,
        };
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(query, context.CancellationToken);
        return result.Map<object>(page => new DescribeNetworkInterfacesResponse(
            query.PageNumber, query.PageSize, page.TotalCount, paging.NextToken(page.TotalCount), new NetworkInterfaceSetList(page.Items.Select(NetworkInterfaceItem.From).ToList())));
    }
}
