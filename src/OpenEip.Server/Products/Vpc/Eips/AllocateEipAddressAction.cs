using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>AllocateEipAddress: a new EIP, or (with IpAddress or InstanceId) the recovery of a released one.</summary>
public sealed class AllocateEipAddressAction(AllocateEip allocate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AllocateEipAddress";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = AllocateEipBinding.Bind(bind, context.AccountId, withNameAndDescription: true);
        bind.Long("ActivityId", 0, long.MaxValue);
        if (bind.Error is not null)
            return bind.Error;
        var result = await allocate.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(AllocateEipAddressResponse.From);
    }
}
