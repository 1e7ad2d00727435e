using OpenEip.Core.Errors;
using OpenEip.Core.ResourceGroups;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.ResourceGroups;

/// <summary>JoinResourceGroup: puts an instance, security group or ENI into another of the caller's groups. ResourceType is case-sensitive, as ECS documents.</summary>
public sealed class JoinResourceGroupAction(MoveResource move) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "JoinResourceGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceId = bind.RequiredString("ResourceId", 64);
        var groupId = bind.RequiredString("ResourceGroupId", 64);
        var type = bind.RequiredString("ResourceType", 64);
        if (bind.Error is not null)
            return bind.Error;
        var kind = MovableResourceTypes.ForEcs(type);
        if (!kind.IsSuccess)
            return kind.Error;
        var result = await move.ExecuteAsync(new MoveResourceCommand(context.AccountId, regionId, kind.Value, resourceId, groupId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
