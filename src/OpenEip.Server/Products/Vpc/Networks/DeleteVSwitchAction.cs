using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class DeleteVSwitchAction(VSwitchLifecycle vSwitches) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DeleteVSwitch";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var vSwitchId = bind.RequiredString("VSwitchId", 64);
        var regionId = bind.String("RegionId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await vSwitches.DeleteAsync(context.AccountId, vSwitchId, regionId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
