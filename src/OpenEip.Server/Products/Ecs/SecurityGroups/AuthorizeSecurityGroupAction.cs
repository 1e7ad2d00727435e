using OpenEip.Core.Ports;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>AuthorizeSecurityGroup: ingress permissions (a source CIDR or group, protocol, ports, policy, priority).</summary>
public sealed class AuthorizeSecurityGroupAction(AuthorizeSecurityGroup authorize) : PermissionAction
{
    public override string Name => "AuthorizeSecurityGroup";

    protected override Task<Result<Unit>> ApplyAsync(
        string accountId, string regionId, string groupId, IReadOnlyList<SecurityGroupPermission> permissions, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        authorize.ExecuteAsync(new AuthorizeSecurityGroupCommand(accountId, regionId, groupId, permissions), idempotency, cancellationToken);
}
