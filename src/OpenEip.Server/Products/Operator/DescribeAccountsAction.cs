using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>DescribeAccounts: accounts with their AccessKeyIds and quotas, never a secret.</summary>
public sealed class DescribeAccountsAction(DescribeAccounts describe) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribeAccounts";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.String("AccountId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var found = await describe.ExecuteAsync(new DescribeAccountsQuery(string.IsNullOrEmpty(accountId) ? null : accountId), context.CancellationToken);
        var items = found.Select(s => new AccountItem(
            s.Account.AccountId,
            s.Account.AccountName,
            s.Account.IsOperator,
            WireTime.Seconds(s.Account.CreationTime),
            new AccessKeyIdList(s.AccessKeyIds),
            new QuotaList(s.Quotas.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => new QuotaItem(q.Key, q.Value)).ToList()))).ToList();
        return new DescribeAccountsResponse(items.Count, new AccountList(items));
    }
}
