using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>GetResourceGroup: one of the caller's groups, else EntityNotExists.ResourceGroup.</summary>
public sealed class GetResourceGroupAction(GetResourceGroup get, RegionCatalogue regions) : IRpcAction
{
    public string Version => ProductVersions.ResourceManager;

    public string Name => "GetResourceGroup";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var id = bind.RequiredString("ResourceGroupId", 64);
        var includeTags = bind.Bool("IncludeTags") ?? false;
        if (bind.Error is not null)
            return bind.Error;
        var result = await get.ExecuteAsync(new GetResourceGroupQuery(context.AccountId, id), context.CancellationToken);
        return result.Map<object>(found => new ResourceGroupResponse(TaggedResourceGroupView.From(found, regions, includeTags)));
    }
}
