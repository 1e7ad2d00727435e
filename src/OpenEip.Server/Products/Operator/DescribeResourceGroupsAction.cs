using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>DescribeResourceGroups: every account's resource groups, or one account's (AccountId), oldest first.</summary>
public sealed class DescribeResourceGroupsAction(ListResourceGroups list) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribeResourceGroups";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.NonEmptyString("AccountId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var page = await list.ExecuteAsync(new ResourceGroupQuery(accountId) { PageSize = int.MaxValue }, context.CancellationToken);
        var items = page.Items.Select(g => OperatorResourceGroupItem.From(g.Group)).ToList();
        return new DescribeResourceGroupsResponse(items.Count, new OperatorResourceGroupList(items));
    }
}
