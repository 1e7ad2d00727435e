using OpenEip.Core.Ports;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>AuthorizeSecurityGroup and RevokeSecurityGroup: a group and its permissions, applied in one write (all or none, ClientToken honoured).</summary>
public abstract class PermissionAction : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public abstract string Name { get; }

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var groupId = bind.RequiredString("SecurityGroupId", 64);
        var permissions = PermissionBinding.Bind(bind);
        if (bind.Error is not null)
            return bind.Error;
        var result = await ApplyAsync(context.AccountId, regionId, groupId, permissions, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }

    protected abstract Task<Result<Unit>> ApplyAsync(
        string accountId, string regionId, string groupId, IReadOnlyList<SecurityGroupPermission> permissions, IdempotencyKey? idempotency, CancellationToken cancellationToken);
}
