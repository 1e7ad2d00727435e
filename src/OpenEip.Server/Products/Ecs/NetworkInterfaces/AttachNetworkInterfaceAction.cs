using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class AttachNetworkInterfaceAction(AttachNetworkInterface attach) : AttachmentAction
{
    public override string Name => "AttachNetworkInterface";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string eniId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        attach.ExecuteAsync(new AttachNetworkInterfaceCommand(accountId, regionId, eniId, instanceId), idempotency, cancellationToken);
}
