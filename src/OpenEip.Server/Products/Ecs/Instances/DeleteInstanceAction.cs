using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed class DeleteInstanceAction(DeleteInstance delete) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DeleteInstance";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var instanceId = bind.RequiredString("InstanceId", 64);
        var force = bind.Bool("Force") == true;
        if (bind.Error is not null)
            return bind.Error;
        var result = await delete.ExecuteAsync(new DeleteInstanceCommand(context.AccountId, instanceId, force), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
