using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>RunInstances: Amount instances, started (Pending → Starting → Running).</summary>
public sealed class RunInstancesAction(LaunchInstances launch) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "RunInstances";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = LaunchBinding.Bind(bind, context.AccountId, start: true);
        if (bind.Error is not null)
            return bind.Error;
        var result = await launch.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(ids => new RunInstancesResponse(new InstanceIdSetList(ids), "", 0));
    }
}
