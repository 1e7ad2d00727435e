using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>StartInstance, StopInstance and RebootInstance: InstanceId in, RequestId out.</summary>
public abstract class PowerAction : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public abstract string Name { get; }

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var instanceId = bind.RequiredString("InstanceId", 64);
        bind.Bool("ForceStop");
        bind.Bool("DryRun");
        if (bind.Error is not null)
            return bind.Error;
        var result = await RunAsync(context.AccountId, instanceId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }

    protected abstract Task<Result<Unit>> RunAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken);
}
