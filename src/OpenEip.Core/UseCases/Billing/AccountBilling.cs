using System.Globalization;
using OpenEip.Core.Billing;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>
/// The operator's billing actions: marking an account overdue (its pay-as-you-go EIPs are locked at once,
/// and released after the grace period unless it pays), the idle fee's price, and the idle fee report (R-LIFE-2).
/// </summary>
public sealed class AccountBilling(IStore store, BillingPolicy policy, TimeProvider clock)
{
    public const string IdleFeePriceSetting = "idle-eip-fee-per-hour";

    public Task<Result<Unit>> SetOverdueAsync(string accountId, bool overdue, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
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

    public Task<Result<Unit>> SetIdleFeePriceAsync(decimal pricePerHour, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            await session.Settings.SetAsync(IdleFeePriceSetting, pricePerHour.ToString(CultureInfo.InvariantCulture));
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<IdleFeeReport>> DescribeIdleFeesAsync(string? accountId, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<IdleFeeReport>>(async session =>
        {
            if (accountId is not null && await session.Accounts.FindAsync(accountId) is null)
                return ApiErrors.AccountNotFound(accountId);
            var price = await PriceAsync(session);
            var now = clock.GetUtcNow();
            var fees = (await session.Eips.ListOwnedAsync(accountId))
                .Where(e => e.InstanceChargeType == ChargeTypes.PostPaid)
                .Select(e => IdleEipFee.At(e, price, now, policy.SuggestReleaseAfter))
                .ToList();
            return new IdleFeeReport(price, fees);
        }, cancellationToken);

    /// <summary>The idle fee of each of these EIPs now (pay-as-you-go ones only): the console's marks on its EIP list.</summary>
    public Task<IReadOnlyDictionary<string, IdleEipFee>> IdleFeesOfAsync(IReadOnlyList<Eip> eips, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyDictionary<string, IdleEipFee>>(async session =>
        {
            var price = await PriceAsync(session);
            var now = clock.GetUtcNow();
            return eips.Where(e => e.InstanceChargeType == ChargeTypes.PostPaid)
                .ToDictionary(e => e.AllocationId, e => IdleEipFee.At(e, price, now, policy.SuggestReleaseAfter));
        }, cancellationToken);

    /// <summary>Which of these accounts are marked overdue (R-LIFE-5) and since when, in one read (the operator's pages).</summary>
    public Task<IReadOnlyDictionary<string, DateTimeOffset>> OverdueSinceAsync(IEnumerable<string> accountIds, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyDictionary<string, DateTimeOffset>>(async session =>
        {
            var overdue = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var accountId in accountIds)
            {
                if (await session.Accounts.FindOverdueSinceAsync(accountId) is { } since)
                    overdue[accountId] = since;
            }

            return overdue;
        }, cancellationToken);

    private async Task<decimal> PriceAsync(IStoreSession session) =>
        await session.Settings.FindAsync(IdleFeePriceSetting) is { } text
            ? decimal.Parse(text, CultureInfo.InvariantCulture)
            : policy.DefaultIdleFeePerHour;
}
