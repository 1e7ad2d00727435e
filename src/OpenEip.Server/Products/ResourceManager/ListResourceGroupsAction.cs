using OpenEip.Core.Errors;
using OpenEip.Core.ResourceGroups;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ResourceManager;

/// <summary>
/// ListResourceGroups: the caller's groups, oldest (the default group) first, filtered by Status,
/// ResourceGroupId / ResourceGroupIds.N (the list wins), Name and DisplayName (substrings), Tag.N; PageSize ≤ 100.
/// </summary>
public sealed class ListResourceGroupsAction(ListResourceGroups list) : IRpcAction
{
    public string Version => ProductVersions.ResourceManager;

    public string Name => "ListResourceGroups";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var ids = bind.List("ResourceGroupIds", 100);
        var single = bind.NonEmptyString("ResourceGroupId", 64);
        var query = new ResourceGroupQuery(context.AccountId)
        {
            Status = bind.Enum("Status", ResourceGroupRules.Statuses),
            ResourceGroupIds = ids.Count > 0 ? ids : single is null ? [] : [single],
            Name = bind.NonEmptyString("Name", 64),
            DisplayName = bind.NonEmptyString("DisplayName", 64),
            Tags = bind.Tags("Tag", 20),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 100) ?? 10,
        };
        var includeTags = bind.Bool("IncludeTags") ?? false;
        if (bind.Error is not null)
            return bind.Error;
        var page = await list.ExecuteAsync(query, context.CancellationToken);
        return new ListResourceGroupsResponse(query.PageNumber, query.PageSize, page.TotalCount,
            new ResourceGroupList(page.Items.Select(g => ResourceGroupItem.From(g, includeTags)).ToList()));
    }
}
