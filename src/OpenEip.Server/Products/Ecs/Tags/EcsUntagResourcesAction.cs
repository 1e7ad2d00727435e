using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>ECS UntagResources (lower-case "t", unlike the VPC API's UnTagResources): TagKey.N, or All=true.</summary>
public sealed class EcsUntagResourcesAction(TagResources tags) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "UntagResources";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = EcsTagBinding.ResourceType(bind);
        var resourceIds = EcsTagBinding.RequiredResourceIds(bind);
        var keys = bind.List("TagKey", 20);
        var all = bind.Bool("All") == true;
        if (!all && keys.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("TagKey.1"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await tags.UntagAsync(context.AccountId, regionId, resourceType, resourceIds, all ? null : keys, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
