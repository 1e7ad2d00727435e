using OpenEip.Core.Accounts;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's CreateAccount: a tenant account with its default resource group and a first AccessKey pair.</summary>
public sealed class CreateAccount(IStore store, TimeProvider clock)
{
    public Task<Result<CreatedAccount>> ExecuteAsync(CreateAccountCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (TextRules.ValidateText("AccountName", command.AccountName, 64) is { } invalid)
            return Task.FromResult(Result<CreatedAccount>.Fail(invalid));

        return AccessKeyIssuing.IssueAsync(store, idempotency, async session =>
        {
            var now = clock.GetUtcNow();
            var account = new Account(ResourceIds.NewAccountId(), command.AccountName ?? "", IsOperator: false, now);
            var key = new AccessKey(ResourceIds.NewAccessKeyId(), ResourceIds.NewAccessKeySecret(), account.AccountId, now);
            await session.Accounts.InsertAsync(account);
            await ResourceGroupPlacement.CreateDefaultAsync(session, account.AccountId, now);
            await session.Accounts.InsertAccessKeyAsync(key);
            return new IssuedKey(account.AccountId, key.AccessKeyId);
        }, key => new CreatedAccount(key.AccountId, key.AccessKeyId, key.AccessKeySecret), cancellationToken);
    }
}
