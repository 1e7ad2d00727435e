using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Slb;

public sealed class DeleteLoadBalancerAction(ClassicLoadBalancerLifecycle loadBalancers) : IRpcAction
{
    public string Version => ProductVersions.Slb;

    public string Name => "DeleteLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        bind.String("RegionId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await loadBalancers.DeleteAsync(context.AccountId, id, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
