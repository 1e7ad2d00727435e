using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>DeletionProtection for Type=EIP (ReleaseEipAddress) and Type=NATGW (DeleteNatGateway); CBWP has no resource here.</summary>
public sealed class DeletionProtectionAction(SetEipDeletionProtection protect, SetNatGatewayDeletionProtection protectGateway) : IRpcAction
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
        var type = bind.RequiredEnum("Type", ["EIP", "NATGW"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = type == "NATGW"
            ? await protectGateway.ExecuteAsync(new SetNatGatewayDeletionProtectionCommand(context.AccountId, regionId, instanceId, enable), context.Idempotency, context.CancellationToken)
            : await protect.ExecuteAsync(new SetEipDeletionProtectionCommand(context.AccountId, instanceId, regionId, enable), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
