using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Associations;

/// <summary>ModifyEipForwardMode: InstanceId is the EIP's allocation id; Mode the ENI binding's new mode.</summary>
public sealed class ModifyEipForwardModeAction(ModifyEipForwardMode modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyEipForwardMode";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var allocationId = bind.RequiredString("InstanceId", 64);
        var mode = bind.RequiredEnum("Mode", BindingModes.All);
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(new ModifyEipForwardModeCommand(context.AccountId, allocationId, regionId, mode), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
