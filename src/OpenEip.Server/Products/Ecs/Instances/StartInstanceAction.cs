using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed class StartInstanceAction(InstanceLifecycle instances) : PowerAction
{
    public override string Name => "StartInstance";

    protected override Task<Result<Unit>> RunAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        instances.StartAsync(accountId, instanceId, idempotency, cancellationToken);
}
