using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>CreateInstance: one instance, left Stopped (Pending → Stopped), as ECS does.</summary>
public sealed class CreateInstanceAction(LaunchInstances launch) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "CreateInstance";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = LaunchBinding.Bind(bind, context.AccountId, start: false);
        if (bind.Error is not null)
            return bind.Error;
        var result = await launch.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(ids => new CreateInstanceResponse(ids[0], "", 0));
    }
}
