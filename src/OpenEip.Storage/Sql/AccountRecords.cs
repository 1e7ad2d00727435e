using System.Data.Common;
using Dapper;
using OpenEip.Core.Accounts;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Storage.Sql;

/// <remarks>AccessKey secrets are sealed on the way in and opened on the way out: the table never holds one in clear.</remarks>
internal sealed class AccountRecords(SqlCommands db, SecretProtector secrets) : IAccountRecords
{
    private const string AccountColumns = "account_id AS AccountId, account_name AS AccountName, is_operator AS IsOperator, creation_time AS CreationTime";
    private const string KeyColumns = "access_key_id AS AccessKeyId, access_key_secret AS AccessKeySecret, account_id AS AccountId, creation_time AS CreationTime";

    public async Task<Account?> FindAsync(string accountId) =>
        (await db.QuerySingleOrDefaultAsync<AccountRow>($"SELECT {AccountColumns} FROM accounts WHERE account_id = @accountId", new { accountId }))?.ToAccount();

    public async Task<Account?> FindOperatorAsync() =>
        (await db.QuerySingleOrDefaultAsync<AccountRow>($"SELECT {AccountColumns} FROM accounts WHERE is_operator = 1"))?.ToAccount();

    public async Task<IReadOnlyList<Account>> ListAsync() =>
        (await db.QueryAsync<AccountRow>($"SELECT {AccountColumns} FROM accounts ORDER BY creation_time, account_id"))
            .Select(r => r.ToAccount()).ToList();

    public Task InsertAsync(Account account) =>
        db.ExecuteAsync(
            "INSERT INTO accounts (account_id, account_name, is_operator, creation_time) VALUES (@AccountId, @AccountName, @IsOperator, @CreationTime)",
            new { account.AccountId, account.AccountName, IsOperator = account.IsOperator ? 1 : 0, CreationTime = UnixTime.ToDb(account.CreationTime) });

    public async Task<AccessKey?> FindAccessKeyAsync(string accessKeyId) =>
        (await db.QuerySingleOrDefaultAsync<KeyRow>($"SELECT {KeyColumns} FROM access_keys WHERE access_key_id = @accessKeyId", new { accessKeyId }))?.ToKey(secrets);

    public async Task<IReadOnlyList<AccessKey>> ListAccessKeysAsync(string accountId) =>
        (await db.QueryAsync<KeyRow>($"SELECT {KeyColumns} FROM access_keys WHERE account_id = @accountId ORDER BY creation_time, access_key_id", new { accountId }))
            .Select(r => r.ToKey(secrets)).ToList();

    public Task InsertAccessKeyAsync(AccessKey key)
    {
        db.CredentialsChanged = true;
        return db.ExecuteAsync(
            "INSERT INTO access_keys (access_key_id, access_key_secret, account_id, creation_time) VALUES (@AccessKeyId, @AccessKeySecret, @AccountId, @CreationTime)",
            new { key.AccessKeyId, AccessKeySecret = secrets.Seal(key.AccessKeySecret, key.AccessKeyId), key.AccountId, CreationTime = UnixTime.ToDb(key.CreationTime) });
    }

    public async Task<bool> DeleteAccessKeyAsync(string accessKeyId)
    {
        db.CredentialsChanged = true;
        return await db.ExecuteAsync("DELETE FROM access_keys WHERE access_key_id = @accessKeyId", new { accessKeyId }) > 0;
    }

    public Task<long?> FindQuotaAsync(string accountId, string quotaName) =>
        db.QuerySingleOrDefaultAsync<long?>(
            "SELECT value FROM account_quotas WHERE account_id = @accountId AND quota_name = @quotaName", new { accountId, quotaName });

    public Task SetQuotaAsync(string accountId, string quotaName, long value) =>
        db.ExecuteAsync(
            "INSERT INTO account_quotas (account_id, quota_name, value) VALUES (@accountId, @quotaName, @value) ON CONFLICT (account_id, quota_name) DO UPDATE SET value = excluded.value",
            new { accountId, quotaName, value });

    public async Task<IReadOnlyDictionary<string, long>> ListQuotasAsync(string accountId) =>
        (await db.QueryAsync<(string Name, long Value)>(
            "SELECT quota_name, value FROM account_quotas WHERE account_id = @accountId", new { accountId }))
            .ToDictionary(q => q.Name, q => q.Value, StringComparer.Ordinal);

    public Task<int> CountRecoveriesSinceAsync(string accountId, DateTimeOffset since) =>
        db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM eip_recoveries WHERE account_id = @accountId AND recovered_at >= @since",
            new { accountId, since = UnixTime.ToDb(since) });

    public Task InsertRecoveryAsync(string accountId, string allocationId, DateTimeOffset time) =>
        db.ExecuteAsync(
            "INSERT INTO eip_recoveries (account_id, allocation_id, recovered_at) VALUES (@accountId, @allocationId, @time)",
            new { accountId, allocationId, time = UnixTime.ToDb(time) });

    public Task SetOverdueAsync(string accountId, DateTimeOffset? since) =>
        db.ExecuteAsync("UPDATE accounts SET overdue_since = @since WHERE account_id = @accountId", new { accountId, since = UnixTime.ToDb(since) });

    public async Task<DateTimeOffset?> FindOverdueSinceAsync(string accountId) =>
        UnixTime.FromDb(await db.ExecuteScalarAsync<long?>("SELECT overdue_since FROM accounts WHERE account_id = @accountId", new { accountId }));

    private sealed class AccountRow
    {
        public string AccountId { get; init; } = "";
        public string AccountName { get; init; } = "";
        public long IsOperator { get; init; }
        public long CreationTime { get; init; }

        public Account ToAccount() => new(AccountId, AccountName, IsOperator == 1, UnixTime.FromDb(CreationTime));
    }

    private sealed class KeyRow
    {
        public string AccessKeyId { get; init; } = "";
        public string AccessKeySecret { get; init; } = "";
        public string AccountId { get; init; } = "";
        public long CreationTime { get; init; }

        public AccessKey ToKey(SecretProtector secrets) => new(AccessKeyId, secrets.Unseal(AccessKeySecret, AccessKeyId), AccountId, UnixTime.FromDb(CreationTime));
    }
}
