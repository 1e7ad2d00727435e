using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>DeletionProtection. Only Type=EIP exists so far; NAT gateways and the rest come with their resources.</summary>
public sealed class DeletionProtectionAction(SetEipDeletionProtection protect) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DeletionProtection";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        var enable = bind.RequiredBool("ProtectionEnable");
        bind.RequiredEnum("Type", ["EIP"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await protect.ExecuteAsync(context.AccountId, instanceId, regionId, enable, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
