using OpenEip.Core.Errors;
using OpenEip.Core.ResourceGroups;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.ResourceGroups;

/// <summary>
/// MoveResourceGroup: puts an EIP, VPC or HaVip into another of the caller's groups. ResourceType is matched
/// without regard to case (Terraform sends EIP, VPC, HAVIP; older versions eip).
/// </summary>
public sealed class MoveResourceGroupAction(MoveResource move) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "MoveResourceGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceId = bind.RequiredString("ResourceId", 64);
        var groupId = bind.RequiredString("NewResourceGroupId", 64);
        var type = bind.RequiredString("ResourceType", 64);
        if (bind.Error is not null)
            return bind.Error;
        var kind = MovableResourceTypes.ForVpc(type);
        if (!kind.IsSuccess)
            return kind.Error;
        var result = await move.ExecuteAsync(new MoveResourceCommand(context.AccountId, regionId, kind.Value, resourceId, groupId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
