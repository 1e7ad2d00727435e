using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's DeleteAccessKey. The operator's last key is kept, so the operator cannot lock itself out.</summary>
public sealed class DeleteAccessKey(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteAccessKeyCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var key = await session.Accounts.FindAccessKeyAsync(command.AccessKeyId);
            if (key is null)
                return ApiErrors.AccessKeyNotFound(command.AccessKeyId);
            var owner = await session.Accounts.FindAsync(key.AccountId);
            if (owner is { IsOperator: true } && (await session.Accounts.ListAccessKeysAsync(owner.AccountId)).Count == 1)
                return ApiErrors.Forbidden("This is the operator account's last AccessKey; create another before deleting it.");
            await session.Accounts.DeleteAccessKeyAsync(command.AccessKeyId);
            return Unit.Value;
        }, cancellationToken);
}
