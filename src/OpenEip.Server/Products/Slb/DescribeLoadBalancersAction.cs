using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Slb;

public sealed class DescribeLoadBalancersAction(DescribeClassicLoadBalancers describe) : IRpcAction
{
    public string Version => ProductVersions.Slb;

    public string Name => "DescribeLoadBalancers";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new ComputeQuery(context.AccountId, bind.RequiredString("RegionId", 64))
        {
            Ids = bind.CommaList("LoadBalancerId", 20) ?? [],
            VpcId = bind.NonEmptyString("VpcId", 64),
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 100) ?? 50,
        };
        var addressType = bind.Enum("AddressType", ["internet", "intranet"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeClassicLoadBalancersQuery(query, addressType), context.CancellationToken);
        return result.Map<object>(page => new DescribeLoadBalancersResponse(query.PageNumber, query.PageSize, page.TotalCount,
            new LoadBalancerList(page.Items.Select(LoadBalancerItem.From).ToList())));
    }
}
