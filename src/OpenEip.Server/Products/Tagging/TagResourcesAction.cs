using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Tagging;

/// <summary>TagResources as the VPC and ECS APIs share it: Tag.N on ResourceId.N of one of the product's resource types.</summary>
public abstract class TagResourcesAction(TagResources tags, IReadOnlyList<string> resourceTypes) : IRpcAction
{
    public abstract string Version { get; }

    public string Name => "TagResources";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = TagBinding.ResourceType(bind, resourceTypes);
        var resourceIds = TagBinding.RequiredResourceIds(bind);
        var tagList = bind.Tags("Tag", 20);
        if (tagList.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("Tag.1.Key"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await tags.ExecuteAsync(new TagResourcesCommand(context.AccountId, regionId, resourceType, resourceIds, tagList), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
