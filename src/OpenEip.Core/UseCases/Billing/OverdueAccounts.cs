using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>Which of these accounts are marked overdue (R-LIFE-5) and since when, in one read (the operator's pages).</summary>
public sealed class OverdueAccounts(IStore store)
{
    public Task<IReadOnlyDictionary<string, DateTimeOffset>> ExecuteAsync(OverdueAccountsQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyDictionary<string, DateTimeOffset>>(async session =>
        {
            var overdue = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var accountId in query.AccountIds)
            {
                if (await session.Accounts.FindOverdueSinceAsync(accountId) is { } since)
                    overdue[accountId] = since;
            }

            return overdue;
        }, cancellationToken);
}
