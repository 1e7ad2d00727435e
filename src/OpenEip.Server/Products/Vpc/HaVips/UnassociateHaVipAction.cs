using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed class UnassociateHaVipAction(UnassociateHaVip unassociate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "UnassociateHaVip";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var id = bind.RequiredString("HaVipId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        bind.Enum("InstanceType", ["EcsInstance", "NetworkInterface"]);
        bind.String("Force", 8);
        if (bind.Error is not null)
            return bind.Error;
        var result = await unassociate.ExecuteAsync(new UnassociateHaVipCommand(context.AccountId, regionId, id, instanceId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
