using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class RevokeSecurityGroupAction(RevokeSecurityGroup revoke) : PermissionAction
{
    public override string Name => "RevokeSecurityGroup";

    protected override Task<Result<Unit>> ApplyAsync(string accountId, string regionId, string groupId, SecurityGroupPermission permission, CancellationToken cancellationToken) =>
        revoke.ExecuteAsync(new RevokeSecurityGroupCommand(accountId, regionId, groupId, permission), null, cancellationToken);
}
