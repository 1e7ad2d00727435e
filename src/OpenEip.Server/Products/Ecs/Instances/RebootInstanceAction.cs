using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed class RebootInstanceAction(RebootInstance reboot) : PowerAction
{
    public override string Name => "RebootInstance";

    protected override Task<Result<Unit>> RunAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        reboot.ExecuteAsync(new RebootInstanceCommand(accountId, instanceId), idempotency, cancellationToken);
}
