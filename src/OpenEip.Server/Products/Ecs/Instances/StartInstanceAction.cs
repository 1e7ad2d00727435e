using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed class StartInstanceAction(StartInstance start) : PowerAction
{
    public override string Name => "StartInstance";

    protected override Task<Result<Unit>> RunAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        start.ExecuteAsync(new StartInstanceCommand(accountId, instanceId), idempotency, cancellationToken);
}
