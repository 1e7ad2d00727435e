using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>AuthorizeSecurityGroup and RevokeSecurityGroup: a group and its permissions, applied one by one.</summary>
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
        foreach (var permission in permissions)
        {
            var result = await ApplyAsync(context.AccountId, regionId, groupId, permission, context.CancellationToken);
            if (!result.IsSuccess)
                return result.Error;
        }

        return EmptyResponse.Instance;
    }

    protected abstract Task<Result<Unit>> ApplyAsync(string accountId, string regionId, string groupId, SecurityGroupPermission permission, CancellationToken cancellationToken);
}
