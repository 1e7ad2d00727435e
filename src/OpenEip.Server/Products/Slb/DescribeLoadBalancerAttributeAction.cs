using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Slb;

public sealed class DescribeLoadBalancerAttributeAction(DescribeClassicLoadBalancer describe) : IRpcAction
{
    public string Version => ProductVersions.Slb;

    public string Name => "DescribeLoadBalancerAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        bind.String("RegionId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeClassicLoadBalancerQuery(context.AccountId, id), context.CancellationToken);
        return result.Map<object>(LoadBalancerItem.From);
    }
}
