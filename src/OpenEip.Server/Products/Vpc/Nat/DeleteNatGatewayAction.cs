using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Nat;

public sealed class DeleteNatGatewayAction(NatGatewayLifecycle gateways) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DeleteNatGateway";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var id = bind.RequiredString("NatGatewayId", 64);
        bind.Bool("Force");
        if (bind.Error is not null)
            return bind.Error;
        var result = await gateways.DeleteAsync(context.AccountId, regionId, id, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
