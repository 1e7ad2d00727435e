using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class DeleteVSwitchAction(DeleteVSwitch delete) : IdAction
{
    public override string Version => ProductVersions.Vpc;

    public override string Name => "DeleteVSwitch";

    protected override string IdParameter => "VSwitchId";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteVSwitchCommand(accountId, id, regionId), idempotency, cancellationToken);
}
