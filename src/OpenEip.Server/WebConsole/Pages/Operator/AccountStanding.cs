using OpenEip.Core.Ports;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>
/// Which accounts are marked overdue (R-LIFE-5) and since when. DescribeAccounts does not report the flag, so
/// the operator pages read it from the store directly, in one read for all the accounts they show.
/// </summary>
public static class AccountStanding
{
    public static Task<IReadOnlyDictionary<string, DateTimeOffset>> OverdueSinceAsync(IStore store, IEnumerable<string> accountIds, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyDictionary<string, DateTimeOffset>>(async session =>
        {
            var overdue = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var accountId in accountIds)
            {
                if (await session.Accounts.FindOverdueSinceAsync(accountId) is { } since)
                    overdue[accountId] = since;
            }

            return overdue;
        }, cancellationToken);
}
