using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Products.Tagging;

namespace OpenEip.Server.Products.Vpc.Tags;

/// <summary>ListTagResources: by ResourceId.N and/or Tag.N, paged by MaxResults and an opaque NextToken.</summary>
public sealed class ListTagResourcesAction(ListTagResources list) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ListTagResources";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var resourceType = TagBinding.ResourceType(bind, ResourceTypes.All);
        var resourceIds = bind.List("ResourceId", 50);
        var tagFilter = bind.Tags("Tag", 20);
        if (resourceIds.Count == 0 && tagFilter.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("ResourceId.1"));
        var limit = bind.Int("MaxResults", 1, 50) ?? 50;
        var offset = ParseToken(bind.String("NextToken", 64));
        if (offset < 0)
            bind.Fail(ApiErrors.InvalidParameter("NextToken", "use the NextToken of the previous page."));
        if (bind.Error is not null)
            return bind.Error;

        var query = new ListTagResourcesQuery(context.AccountId, regionId, resourceType)
        {
            ResourceIds = resourceIds.Count > 0 ? resourceIds : null,
            Tags = tagFilter,
            Offset = offset,
            Limit = limit + 1,
        };
        var listed = await list.ExecuteAsync(query, context.CancellationToken);
        if (!listed.IsSuccess)
            return listed.Error;
        var page = listed.Value;
        var more = page.Count > limit;
        return new ListTagResourcesResponse(
            more ? (offset + limit).ToString(CultureInfo.InvariantCulture) : "",
            new TagResourceList(page.Take(limit).Select(t => new TagResourceItem(t.ResourceId, t.ResourceType, t.Key, t.Value)).ToList()));
    }

    private static int ParseToken(string? token) =>
        string.IsNullOrEmpty(token) ? 0
        : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset
        : -1;
}
