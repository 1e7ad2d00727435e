using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

public abstract class DeleteZonalLoadBalancerAction(DeleteZonalLoadBalancer delete, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "DeleteLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await delete.ExecuteAsync(new DeleteZonalLoadBalancerCommand(context.AccountId, product.Kind, id), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => new ZonalJob(CreateZonalLoadBalancerAction.NewJobId()));
    }
}
