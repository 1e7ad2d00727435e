using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed class StopInstanceAction(StopInstance stop) : PowerAction
{
    public override string Name => "StopInstance";

    protected override Task<Result<Unit>> RunAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        stop.ExecuteAsync(new StopInstanceCommand(accountId, instanceId), idempotency, cancellationToken);
}
