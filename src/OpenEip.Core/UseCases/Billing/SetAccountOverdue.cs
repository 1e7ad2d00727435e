using OpenEip.Core.Billing;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>
/// The operator's SetAccountOverdue (R-LIFE-5): an overdue account's pay-as-you-go EIPs are locked at once, and
/// released after the grace period unless it pays (<see cref="BillingSweep"/>); clearing the mark lifts the financial locks.
/// </summary>
public sealed class SetAccountOverdue(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(SetAccountOverdueCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var (accountId, overdue) = command;
            if (await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            var now = clock.GetUtcNow();
            var since = await session.Accounts.FindOverdueSinceAsync(accountId);
            if (overdue == since.HasValue)
                return Unit.Value;
            await session.Accounts.SetOverdueAsync(accountId, overdue ? now : null);
            foreach (var eip in await session.Eips.ListOwnedAsync(accountId))
            {
                if (eip.InstanceChargeType != ChargeTypes.PostPaid)
                    continue;
                if (overdue && !eip.IsLocked)
                    await session.Eips.UpdateAsync(eip.Lock(LockReasons.Financial, now));
                else if (!overdue && eip.LockReason == LockReasons.Financial)
                    await session.Eips.UpdateAsync(eip.Unlock());
            }

            return Unit.Value;
        }, cancellationToken);
}
