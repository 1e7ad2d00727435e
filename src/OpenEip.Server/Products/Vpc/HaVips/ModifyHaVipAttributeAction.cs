using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

/// <summary>ModifyHaVipAttribute: Name (≤ 128) and Description (≤ 256), neither a URL.</summary>
public sealed class ModifyHaVipAttributeAction(ModifyHaVip modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyHaVipAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var id = bind.RequiredString("HaVipId", 64);
        var name = bind.String("Name", 1024);
        var description = bind.String("Description", 1024);
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(new ModifyHaVipCommand(context.AccountId, regionId, id, name, description), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
