using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>CreateResourceGroup: Name (2–50, letters, digits, hyphens, a letter first, unique in the account), DisplayName (1–50), Tag.N.</summary>
public sealed class CreateResourceGroupAction(CreateResourceGroup create, RegionCatalogue regions) : IRpcAction
{
    public string Version => ProductVersions.ResourceManager;

    public string Name => "CreateResourceGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var name = bind.String("Name", 1024);
        var displayName = bind.String("DisplayName", 1024);
        var tags = bind.Tags("Tag", 20);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(new CreateResourceGroupCommand(context.AccountId, name, displayName) { Tags = tags }, context.Idempotency, context.CancellationToken);
        return result.Map<object>(created => new ResourceGroupResponse(ResourceGroupView.From(created.Group, regions)));
    }
}
