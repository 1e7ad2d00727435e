using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

public sealed class ReleaseEipAddressAction(ReleaseEip release) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ReleaseEipAddress";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var allocationId = bind.RequiredString("AllocationId", 64);
        var regionId = bind.String("RegionId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await release.ExecuteAsync(new ReleaseEipCommand(context.AccountId, allocationId, regionId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
