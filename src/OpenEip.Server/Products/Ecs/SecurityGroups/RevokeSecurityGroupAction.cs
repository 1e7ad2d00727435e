using OpenEip.Core.Ports;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class RevokeSecurityGroupAction(RevokeSecurityGroup revoke) : PermissionAction
{
    public override string Name => "RevokeSecurityGroup";

    protected override Task<Result<Unit>> ApplyAsync(
        string accountId, string regionId, string groupId, IReadOnlyList<SecurityGroupPermission> permissions, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        revoke.ExecuteAsync(new RevokeSecurityGroupCommand(accountId, regionId, groupId, permissions), idempotency, cancellationToken);
}
