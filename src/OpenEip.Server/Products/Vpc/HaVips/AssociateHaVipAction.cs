using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>AssociateHaVip: an ECS instance or ENI of the HaVip's vSwitch (R-HAVIP-5, at most 10).</summary>
public sealed class AssociateHaVipAction(AssociateHaVip associate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AssociateHaVip";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var id = bind.RequiredString("HaVipId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        var type = bind.Enum("InstanceType", ["EcsInstance", "NetworkInterface"]) ?? "EcsInstance";
        if (bind.Error is not null)
            return bind.Error;
        var result = await associate.ExecuteAsync(new AssociateHaVipCommand(context.AccountId, regionId, id, instanceId, type), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
