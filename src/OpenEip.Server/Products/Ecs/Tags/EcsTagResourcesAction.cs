using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>ECS TagResources: Tag.N on ResourceId.N of ResourceType eni, with the tag rules of the VPC API.</summary>
public sealed class EcsTagResourcesAction(TagResources tags) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "TagResources";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = EcsTagBinding.ResourceType(bind);
        var resourceIds = EcsTagBinding.RequiredResourceIds(bind);
        var tagList = bind.Tags("Tag", 20);
        if (tagList.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("Tag.1.Key"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await tags.TagAsync(context.AccountId, regionId, resourceType, resourceIds, tagList, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
