using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>SetHaVipMaster: moves a HaVip (any account's) to another of its members, as a VRRP failover would (R-HAVIP-5).</summary>
public sealed class SetHaVipMasterAction(SetHaVipMaster setMaster) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "SetHaVipMaster";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("HaVipId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await setMaster.ExecuteAsync(new SetHaVipMasterCommand(id, instanceId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
