using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>CreateHaVip (R-HAVIP-1 privilege, R-HAVIP-2 quota): a private IP of a vSwitch, optionally the one asked for.</summary>
public sealed class CreateHaVipAction(HaVipLifecycle haVips) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateHaVip";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var vSwitchId = bind.RequiredString("VSwitchId", 64);
        var ip = bind.NonEmptyString("IpAddress", 64);
        var name = bind.String("Name", 1024);
        var description = bind.String("Description", 1024);
        var resourceGroupId = bind.NonEmptyString("ResourceGroupId", 64);
        var tags = bind.Tags("Tag", 20);
        if (bind.Error is not null)
            return bind.Error;
        var result = await haVips.CreateAsync(context.AccountId, regionId, vSwitchId, ip, name, description, resourceGroupId, tags, context.Idempotency, context.CancellationToken);
        return result.Map<object>(h => new CreateHaVipResponse(h.HaVipId, h.IpAddress));
    }
}
