using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.HaVips;

namespace OpenEip.Server.Products.Vpc.HaVips;

public sealed class DeleteHaVipAction(DeleteHaVip delete) : IdAction
{
    public override string Version => ProductVersions.Vpc;

    public override string Name => "DeleteHaVip";

    protected override string IdParameter => "HaVipId";

    protected override bool RegionRequired => true;

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteHaVipCommand(accountId, regionId, id), idempotency, cancellationToken);
}
