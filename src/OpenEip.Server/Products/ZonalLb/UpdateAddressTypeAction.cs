using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>UpdateLoadBalancerAddressTypeConfig: Intranet ⇄ Internet (R-LB-2).</summary>
public abstract class UpdateAddressTypeAction(UpdateZonalLoadBalancerAddressType update, ZonalProduct product) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "UpdateLoadBalancerAddressTypeConfig";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("LoadBalancerId", 64);
        var addressType = bind.RequiredEnum("AddressType", ZonalBinding.AddressTypes);
        if (bind.Error is not null)
            return bind.Error;
        var result = await update.ExecuteAsync(new UpdateZonalLoadBalancerAddressTypeCommand(context.AccountId, product.Kind, id, addressType), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => new ZonalJob(CreateZonalLoadBalancerAction.NewJobId()));
    }
}
