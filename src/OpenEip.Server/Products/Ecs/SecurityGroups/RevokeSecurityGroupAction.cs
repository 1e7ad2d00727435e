using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class RevokeSecurityGroupAction(ManageSecurityGroups groups) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "RevokeSecurityGroup";

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
            var result = await groups.RevokeAsync(context.AccountId, regionId, groupId, permission, null, context.CancellationToken);
            if (!result.IsSuccess)
                return result.Error;
        }

        return EmptyResponse.Instance;
    }
}
