using OpenEip.Core.Accounts;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's account management: accounts, their AccessKeys and quotas.</summary>
public sealed class AccountAdministration(IStore store, TimeProvider clock)
{
    public Task<Result<CreatedAccount>> CreateAccountAsync(string? accountName, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (TextRules.ValidateText("AccountName", accountName, 64) is { } invalid)
            return Task.FromResult(Result<CreatedAccount>.Fail(invalid));

        return IssueAsync(idempotency, async session =>
        {
            var now = clock.GetUtcNow();
            var account = new Account(ResourceIds.NewAccountId(), accountName ?? "", IsOperator: false, now);
            var key = new AccessKey(ResourceIds.NewAccessKeyId(), ResourceIds.NewAccessKeySecret(), account.AccountId, now);
            await session.Accounts.InsertAsync(account);
            await ResourceGroupPlacement.CreateDefaultAsync(session, account.AccountId, now);
            await session.Accounts.InsertAccessKeyAsync(key);
            return new IssuedKey(account.AccountId, key.AccessKeyId);
        }, key => new CreatedAccount(key.AccountId, key.AccessKeyId, key.AccessKeySecret), cancellationToken);
    }

    public Task<Result<CreatedAccessKey>> CreateAccessKeyAsync(string accountId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        IssueAsync(idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            var key = new AccessKey(ResourceIds.NewAccessKeyId(), ResourceIds.NewAccessKeySecret(), accountId, clock.GetUtcNow());
            await session.Accounts.InsertAccessKeyAsync(key);
            return new IssuedKey(accountId, key.AccessKeyId);
        }, key => new CreatedAccessKey(key.AccountId, key.AccessKeyId, key.AccessKeySecret), cancellationToken);

    /// <summary>Deletes an AccessKey. The operator's last key is kept, so the operator cannot lock itself out.</summary>
    public Task<Result<Unit>> DeleteAccessKeyAsync(string accessKeyId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var key = await session.Accounts.FindAccessKeyAsync(accessKeyId);
            if (key is null)
                return ApiErrors.AccessKeyNotFound(accessKeyId);
            var owner = await session.Accounts.FindAsync(key.AccountId);
            if (owner is { IsOperator: true } && (await session.Accounts.ListAccessKeysAsync(owner.AccountId)).Count == 1)
                return ApiErrors.Forbidden("This is the operator account's last AccessKey; create another before deleting it.");
            await session.Accounts.DeleteAccessKeyAsync(accessKeyId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// Creates a key and answers with its secret, while the write (and so the ClientToken's stored response)
    /// names only the key's id: a retry with the same token reads the secret back from the sealed key table,
    /// so no secret is ever kept beside a ClientToken.
    /// </summary>
    private async Task<Result<T>> IssueAsync<T>(IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<IssuedKey>>> issue, Func<AccessKey, T> answer, CancellationToken cancellationToken)
    {
        var issued = await store.WriteAsync(idempotency, issue, cancellationToken);
        if (!issued.IsSuccess)
            return issued.Error;
        var key = await store.ReadAsync(session => session.Accounts.FindAccessKeyAsync(issued.Value.AccessKeyId), cancellationToken);
        return key is null ? ApiErrors.AccessKeyNotFound(issued.Value.AccessKeyId) : answer(key);
    }

    public Task<IReadOnlyList<AccountSummary>> DescribeAccountsAsync(string? accountId, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyList<AccountSummary>>(async session =>
        {
            var accounts = (await session.Accounts.ListAsync()).Where(a => accountId is null || a.AccountId == accountId);
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

    public Task<Result<Unit>> SetQuotaAsync(string accountId, string quotaName, long value, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (!QuotaNames.Defaults.ContainsKey(quotaName))
            return Task.FromResult(Result<Unit>.Fail(ApiErrors.UnknownQuota(quotaName, QuotaNames.Defaults.Keys)));
        if (value < 0)
            return Task.FromResult(Result<Unit>.Fail(ApiErrors.InvalidParameter("Value", "a quota is 0 or more.")));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            await session.Accounts.SetQuotaAsync(accountId, quotaName, value);
            return Unit.Value;
        }, cancellationToken);
    }
}
