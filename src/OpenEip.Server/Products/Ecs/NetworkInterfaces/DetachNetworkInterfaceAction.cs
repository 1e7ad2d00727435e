using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class DetachNetworkInterfaceAction(NetworkInterfaceLifecycle enis) : AttachmentAction
{
    public override string Name => "DetachNetworkInterface";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string eniId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        enis.DetachAsync(accountId, regionId, eniId, instanceId, idempotency, cancellationToken);
}
