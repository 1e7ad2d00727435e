using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Tagging;

/// <summary>Removing tags as the VPC (UnTagResources) and ECS (UntagResources) APIs share it: TagKey.N, or All=true for every tag.</summary>
public abstract class UntagResourcesAction(UntagResources untag, IReadOnlyList<string> resourceTypes) : IRpcAction
{
    public abstract string Version { get; }

    /// <summary>The product's spelling of the action.</summary>
    public abstract string Name { get; }

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = TagBinding.ResourceType(bind, resourceTypes);
        var resourceIds = TagBinding.RequiredResourceIds(bind);
        var keys = bind.List("TagKey", 20);
        var all = bind.Bool("All") == true;
        if (!all && keys.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("TagKey.1"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await untag.ExecuteAsync(new UntagResourcesCommand(context.AccountId, regionId, resourceType, resourceIds, all ? null : keys), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
