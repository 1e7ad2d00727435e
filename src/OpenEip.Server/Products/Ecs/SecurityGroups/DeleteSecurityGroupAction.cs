using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class DeleteSecurityGroupAction(DeleteSecurityGroup delete) : IdAction
{
    public override string Version => ProductVersions.Ecs;

    public override string Name => "DeleteSecurityGroup";

    protected override string IdParameter => "SecurityGroupId";

    protected override bool RegionRequired => true;

    protected override Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        delete.ExecuteAsync(new DeleteSecurityGroupCommand(accountId, regionId, id), idempotency, cancellationToken);
}
