using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class DeleteNetworkInterfaceAction(DeleteNetworkInterface delete) : IdAction
{
    public override string Version => ProductVersions.Ecs;

    public override string Name => "DeleteNetworkInterface";

    protected override string IdParameter => "NetworkInterfaceId";

    protected override bool RegionRequired => true;

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteNetworkInterfaceCommand(accountId, regionId, id), idempotency, cancellationToken);
}
