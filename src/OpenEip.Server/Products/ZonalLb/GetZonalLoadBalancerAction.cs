using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>GetLoadBalancerAttribute: ALB reports LoadBalancerAddresses {Address, IntranetAddress, AllocationId}; NLB {PublicIPv4Address, PrivateIPv4Address, AllocationId}.</summary>
public abstract class GetZonalLoadBalancerAction(GetZonalLoadBalancer get, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "GetLoadBalancerAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await get.ExecuteAsync(new GetZonalLoadBalancerQuery(context.AccountId, product.Kind, id), context.CancellationToken);
        return result.Map(ZonalLoadBalancerView.From);
    }
}
