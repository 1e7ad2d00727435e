using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;

namespace OpenEip.Core.UseCases.Accounts;

/// <summary>The operator's SetAccountQuota: an account's quota or privilege (a privilege is a quota of 0 or 1).</summary>
public sealed class SetAccountQuota(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(SetAccountQuotaCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (!QuotaNames.Defaults.ContainsKey(command.QuotaName))
            return Task.FromResult(Result<Unit>.Fail(ApiErrors.UnknownQuota(command.QuotaName, QuotaNames.Defaults.Keys)));
        if (command.Value < 0)
            return Task.FromResult(Result<Unit>.Fail(ApiErrors.InvalidParameter("Value", "a quota is 0 or more.")));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            if (await session.Accounts.FindAsync(command.AccountId) is null)
                return ApiErrors.AccountNotFound(command.AccountId);
            await session.Accounts.SetQuotaAsync(command.AccountId, command.QuotaName, command.Value);
            return Unit.Value;
        }, cancellationToken);
    }
}
