using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>
/// DeleteResourceGroup: an empty group other than the default one. It is gone at once; the response shows it
/// PendingDelete, the status Alibaba answers with while it checks that the group is empty.
/// </summary>
public sealed class DeleteResourceGroupAction(DeleteResourceGroup delete, RegionCatalogue regions) : IRpcAction
{
    public string Version => ProductVersions.ResourceManager;

    public string Name => "DeleteResourceGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("ResourceGroupId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await delete.ExecuteAsync(new DeleteResourceGroupCommand(context.AccountId, id), context.Idempotency, context.CancellationToken);
        return result.Map<object>(deleted => new ResourceGroupResponse(ResourceGroupView.From(deleted, regions, "PendingDelete")));
    }
}
