using OpenEip.Core.Accounts;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's CreateAccessKey: another AccessKey pair for an account; the secret is answered once.</summary>
public sealed class CreateAccessKey(IStore store, TimeProvider clock)
{
    public Task<Result<CreatedAccessKey>> ExecuteAsync(CreateAccessKeyCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        AccessKeyIssuing.IssueAsync(store, idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(command.AccountId) is null)
                return ApiErrors.AccountNotFound(command.AccountId);
            var key = new AccessKey(ResourceIds.NewAccessKeyId(), ResourceIds.NewAccessKeySecret(), command.AccountId, clock.GetUtcNow());
            await session.Accounts.InsertAccessKeyAsync(key);
            return new IssuedKey(command.AccountId, key.AccessKeyId);
        }, key => new CreatedAccessKey(key.AccountId, key.AccessKeyId, key.AccessKeySecret), cancellationToken);
}
