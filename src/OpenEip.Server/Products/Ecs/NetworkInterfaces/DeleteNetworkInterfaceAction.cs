using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class DeleteNetworkInterfaceAction(NetworkInterfaceLifecycle enis) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DeleteNetworkInterface";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var eniId = bind.RequiredString("NetworkInterfaceId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await enis.DeleteAsync(context.AccountId, regionId, eniId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
