using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Products.Tagging;
using OpenEip.Server.Products.Vpc.Tags;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>
/// ECS ListTagResources: by ResourceId.N and/or Tag.N, 50 a page (ECS takes no MaxResults), continued
/// with an opaque NextToken. The body has the VPC API's shape, so its response models are shared.
/// TagFilter.N (fuzzy key and value matching) is refused.
/// </summary>
public sealed class EcsListTagResourcesAction(ListTagResources list) : IRpcAction
{
    public const int PageSize = 50;

    public string Version => ProductVersions.Ecs;

    public string Name => "ListTagResources";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = TagBinding.ResourceType(bind, ResourceTypes.Ecs);
        var resourceIds = bind.List("ResourceId", 50);
        var tagFilter = bind.Tags("Tag", 20);
        if (bind.Parameters.All.Keys.Any(k => k.StartsWith("TagFilter.", StringComparison.Ordinal)))
            bind.Fail(new Error("OperationUnsupported.TagFilter", "TagFilter.N is not supported: filter with Tag.N (exact keys and values)."));
        else if (resourceIds.Count == 0 && tagFilter.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        var token = bind.String("NextToken", 64);
        var offset = string.IsNullOrEmpty(token) ? 0 : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        if (offset < 0)
            bind.Fail(ApiErrors.InvalidParameter("NextToken", "use the NextToken of the previous page."));
        if (bind.Error is not null)
            return bind.Error;

        var listed = await list.ExecuteAsync(
            new ListTagResourcesQuery(context.AccountId, regionId, resourceType)
            {
                ResourceIds = resourceIds.Count > 0 ? resourceIds : null, Tags = tagFilter, Offset = offset, Limit = PageSize + 1,
            },
            context.CancellationToken);
        if (!listed.IsSuccess)
            return listed.Error;
        var page = listed.Value;
        var more = page.Count > PageSize;
        return new ListTagResourcesResponse(
            more ? (offset + PageSize).ToString(CultureInfo.InvariantCulture) : "",
            new TagResourceList(page.Take(PageSize).Select(t => new TagResourceItem(t.ResourceId, t.ResourceType, t.Key, t.Value)).ToList()));
    }
}
