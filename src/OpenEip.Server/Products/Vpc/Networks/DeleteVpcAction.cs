using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;

namespace OpenEip.Server.Products.Vpc.Networks;

public sealed class DeleteVpcAction(DeleteVpc delete) : IdAction
{
    public override string Version => ProductVersions.Vpc;

    public override string Name => "DeleteVpc";

    protected override string IdParameter => "VpcId";

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteVpcCommand(accountId, id, regionId), idempotency, cancellationToken);
}
