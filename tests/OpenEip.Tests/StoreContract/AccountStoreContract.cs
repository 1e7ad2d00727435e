using System.Data.Common;
using OpenEip.Core.Accounts;
using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with accounts (<see cref="IAccountRecords"/>): one operator, accounts and AccessKeys listed
/// oldest first with ties by id, a key's secret back as given (sealed in between), quotas, the recovery count of
/// R-LIFE-6 and the overdue mark of R-LIFE-5.
/// </summary>
public abstract class AccountStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task Accounts_round_trip_are_listed_oldest_first_with_ties_by_id_and_there_is_one_operator()
    {
        var now = Clock.GetUtcNow();
        var accounts = StoreContractData.MixedSuffixes.Select((suffix, i) => new Account($"1000{suffix}", $"account {suffix}", false, now.AddSeconds(i == 3 ? -1 : 0))).ToList();
        var root = new Account("root", "operator", true, now.AddSeconds(1));
        await WriteAsync(async s =>
        {
            foreach (var account in accounts.Append(root))
                await s.Accounts.InsertAsync(account);
        });

        Assert.Equal(accounts.Append(root).OrderBy(a => a.CreationTime).ThenBy(a => a.AccountId, StringComparer.Ordinal), await ReadAsync(s => s.Accounts.ListAsync()));
        Assert.Equal(accounts[0], await ReadAsync(s => s.Accounts.FindAsync(accounts[0].AccountId)));
        Assert.Equal(root, await ReadAsync(s => s.Accounts.FindOperatorAsync()));
        Assert.Null(await ReadAsync(s => s.Accounts.FindAsync("unknown")));
        await Assert.ThrowsAnyAsync<DbException>(() => WriteAsync(s => s.Accounts.InsertAsync(new Account("root-2", "second operator", true, now))));
    }

    [SkippableFact]
    public async Task An_access_keys_secret_comes_back_as_given_and_keys_are_listed_per_account_oldest_first()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var newer = new AccessKey("LTAIcontractB000000000", "secret-b/+=", n.AccountId, now.AddSeconds(1));
        var older = new AccessKey("LTAIcontractC000000000", "secret-c", n.AccountId, now);
        var tied = new AccessKey("LTAIcontractA000000000", "secret-a", n.AccountId, now);
        await WriteAsync(async s =>
        {
            foreach (var key in new[] { newer, older, tied, new AccessKey("LTAIstranger0000000000", "secret-s", stranger.AccountId, now) })
                await s.Accounts.InsertAccessKeyAsync(key);
        });

        Assert.Equal(newer, await ReadAsync(s => s.Accounts.FindAccessKeyAsync(newer.AccessKeyId)));
        Assert.Equal([tied, older, newer], await ReadAsync(s => s.Accounts.ListAccessKeysAsync(n.AccountId)));

        var deleted = false;
        await WriteAsync(async s => deleted = await s.Accounts.DeleteAccessKeyAsync(older.AccessKeyId));
        Assert.True(deleted);
        await WriteAsync(async s => deleted = await s.Accounts.DeleteAccessKeyAsync(older.AccessKeyId));
        Assert.False(deleted);
        Assert.Null(await ReadAsync(s => s.Accounts.FindAccessKeyAsync(older.AccessKeyId)));
    }

    [SkippableFact]
    public async Task Quotas_recoveries_and_the_overdue_mark_are_kept_per_account()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.Accounts.SetQuotaAsync(n.AccountId, "eip-count", 20);
            await s.Accounts.SetQuotaAsync(n.AccountId, "EIP-count", 5);
            await s.Accounts.SetQuotaAsync(stranger.AccountId, "eip-count", 1);
            await s.Accounts.InsertRecoveryAsync(n.AccountId, "eip-a", now.AddDays(-2));
            await s.Accounts.InsertRecoveryAsync(n.AccountId, "eip-a", now.AddHours(-1));
            await s.Accounts.InsertRecoveryAsync(n.AccountId, "eip-b", now);
            await s.Accounts.InsertRecoveryAsync(stranger.AccountId, "eip-c", now);
            await s.Accounts.SetOverdueAsync(n.AccountId, now.AddDays(-3));
        });
        await WriteAsync(s => s.Accounts.SetQuotaAsync(n.AccountId, "eip-count", 30));

        Assert.Equal(30, await ReadAsync(s => s.Accounts.FindQuotaAsync(n.AccountId, "eip-count")));
        Assert.Null(await ReadAsync(s => s.Accounts.FindQuotaAsync(n.AccountId, "unset")));
        Assert.Equal(new Dictionary<string, long> { ["eip-count"] = 30, ["EIP-count"] = 5 }, await ReadAsync(s => s.Accounts.ListQuotasAsync(n.AccountId)));
        Assert.Equal(2, await ReadAsync(s => s.Accounts.CountRecoveriesSinceAsync(n.AccountId, now.AddHours(-1))));
        Assert.Equal(3, await ReadAsync(s => s.Accounts.CountRecoveriesSinceAsync(n.AccountId, now.AddDays(-7))));
        Assert.Equal(now.AddDays(-3), await ReadAsync(s => s.Accounts.FindOverdueSinceAsync(n.AccountId)));
        Assert.Null(await ReadAsync(s => s.Accounts.FindOverdueSinceAsync(stranger.AccountId)));

        await WriteAsync(s => s.Accounts.SetOverdueAsync(n.AccountId, null));
        Assert.Null(await ReadAsync(s => s.Accounts.FindOverdueSinceAsync(n.AccountId)));
    }
}
