using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class DetachNetworkInterfaceAction(DetachNetworkInterface detach) : AttachmentAction
{
    public override string Name => "DetachNetworkInterface";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string eniId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        detach.ExecuteAsync(new DetachNetworkInterfaceCommand(accountId, regionId, eniId, instanceId), idempotency, cancellationToken);
}
