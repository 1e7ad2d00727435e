using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;

namespace OpenEip.Server.Products.Vpc.Nat;

public sealed class DeleteNatGatewayAction(DeleteNatGateway delete) : IdAction
{
    public override string Version => ProductVersions.Vpc;

    public override string Name => "DeleteNatGateway";

    protected override string IdParameter => "NatGatewayId";

    protected override bool RegionRequired => true;

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteNatGatewayCommand(accountId, regionId, id), idempotency, cancellationToken);
}
