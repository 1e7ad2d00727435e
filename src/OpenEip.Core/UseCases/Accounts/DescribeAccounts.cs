using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's DescribeAccounts: accounts with their AccessKey ids (never secrets) and quotas (defaults filled in).</summary>
public sealed class DescribeAccounts(IStore store)
{
    public Task<IReadOnlyList<AccountSummary>> ExecuteAsync(DescribeAccountsQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyList<AccountSummary>>(async session =>
        {
            var accounts = (await session.Accounts.ListAsync()).Where(a => query.AccountId is null || a.AccountId == query.AccountId);
            var summaries = new List<AccountSummary>();
            foreach (var account in accounts)
            {
                var keys = await session.Accounts.ListAccessKeysAsync(account.AccountId);
                var quotas = new Dictionary<string, long>(QuotaNames.Defaults, StringComparer.Ordinal);
                foreach (var (name, value) in await session.Accounts.ListQuotasAsync(account.AccountId))
                    quotas[name] = value;
                summaries.Add(new AccountSummary(account, keys.Select(k => k.AccessKeyId).ToList(), quotas));
            }

            return summaries;
        }, cancellationToken);
}
