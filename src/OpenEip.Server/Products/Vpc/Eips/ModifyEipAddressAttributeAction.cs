using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Eips;

public sealed class ModifyEipAddressAttributeAction(ModifyEip modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyEipAddressAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new ModifyEipCommand(
            context.AccountId,
            bind.RequiredString("AllocationId", 64),
            bind.String("RegionId", 64),
            bind.Int("Bandwidth", 0, 100_000),
            bind.String("Name", 1024),
            bind.String("Description", 1024));
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
