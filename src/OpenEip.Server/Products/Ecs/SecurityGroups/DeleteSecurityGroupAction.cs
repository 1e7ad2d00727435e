using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class DeleteSecurityGroupAction(ManageSecurityGroups groups) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DeleteSecurityGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var groupId = bind.RequiredString("SecurityGroupId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await groups.DeleteAsync(context.AccountId, regionId, groupId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
