using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed class DeleteHaVipAction(HaVipLifecycle haVips) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DeleteHaVip";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var id = bind.RequiredString("HaVipId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await haVips.DeleteAsync(context.AccountId, regionId, id, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
