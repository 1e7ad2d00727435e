using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>AllocateEipAddressPro: as AllocateEipAddress, the documented way to ask for a specific (released) address.</summary>
public sealed class AllocateEipAddressProAction(AllocateEip allocate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AllocateEipAddressPro";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = AllocateEipBinding.Bind(bind, context.AccountId, withNameAndDescription: false);
        if (bind.Error is not null)
            return bind.Error;
        var result = await allocate.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(AllocateEipAddressResponse.From);
    }
}
