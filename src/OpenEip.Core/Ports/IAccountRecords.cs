using OpenEip.Core.Accounts;

namespace OpenEip.Core.Ports;

public interface IAccountRecords
{
    Task<Account?> FindAsync(string accountId);

    Task<Account?> FindOperatorAsync();

    Task<IReadOnlyList<Account>> ListAsync();

    Task InsertAsync(Account account);

    Task<AccessKey?> FindAccessKeyAsync(string accessKeyId);

    Task<IReadOnlyList<AccessKey>> ListAccessKeysAsync(string accountId);

    Task InsertAccessKeyAsync(AccessKey key);

    Task<bool> DeleteAccessKeyAsync(string accessKeyId);

    Task<long?> FindQuotaAsync(string accountId, string quotaName);

    Task SetQuotaAsync(string accountId, string quotaName, long value);

    Task<IReadOnlyDictionary<string, long>> ListQuotasAsync(string accountId);

    Task<int> CountRecoveriesSinceAsync(string accountId, DateTimeOffset since);

    Task InsertRecoveryAsync(string accountId, string allocationId, DateTimeOffset time);

    /// <summary>Marks an account overdue since a time (R-LIFE-5), or clears the mark (null).</summary>
    Task SetOverdueAsync(string accountId, DateTimeOffset? since);

    Task<DateTimeOffset?> FindOverdueSinceAsync(string accountId);
}
