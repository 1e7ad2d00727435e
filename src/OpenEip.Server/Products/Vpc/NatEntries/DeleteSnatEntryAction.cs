using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed class DeleteSnatEntryAction(DeleteSnatEntry delete) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DeleteSnatEntry";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var tableId = bind.RequiredString("SnatTableId", 64);
        var entryId = bind.RequiredString("SnatEntryId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await delete.ExecuteAsync(new DeleteSnatEntryCommand(context.AccountId, regionId, tableId, entryId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
