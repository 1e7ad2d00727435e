using OpenEip.Core.Billing;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>
/// One pass of the billing lifecycle (R-LIFE-5), driven by the clock: subscription EIPs past their
/// ExpiredTime and pay-as-you-go EIPs of overdue accounts are locked (financial); EIPs locked longer than
/// the grace period are unbound and released. Idempotent, so running it late or twice is harmless.
/// </summary>
public sealed class BillingSweep(IStore store, BillingPolicy policy, IReconcileSignal reconciler, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Runs a pass; returns how many EIPs it locked and released.</summary>
    public async Task<(int Locked, int Released)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = await store.WriteAsync<(int, int)>(null, async session =>
        {
            var locked = 0;
            // An expired subscription is locked as of its expiry, so that a late pass releases it on time.
            foreach (var eip in await session.Eips.ListExpiredUnlockedAsync(now, BatchSize))
            {
                await session.Eips.UpdateAsync(eip.Lock(LockReasons.Financial, eip.ExpiredTime!.Value));
                locked++;
            }

            foreach (var eip in await session.Eips.ListUnlockedOfOverdueAccountsAsync(BatchSize))
            {
                await session.Eips.UpdateAsync(eip.Lock(LockReasons.Financial, now));
                locked++;
            }

            var released = 0;
            foreach (var eip in await session.Eips.ListLockedSinceAsync(LockReasons.Financial, now - policy.ReleaseGracePeriod, BatchSize))
            {
                await SystemRelease.ReleaseAsync(session, eip, eip.LockedAt!.Value + policy.ReleaseGracePeriod);
                released++;
            }

            return Result<(int, int)>.Ok((locked, released));
        }, cancellationToken);
        if (result.Value.Item2 > 0)
            reconciler.Notify();
        return result.Value;
    }
}
