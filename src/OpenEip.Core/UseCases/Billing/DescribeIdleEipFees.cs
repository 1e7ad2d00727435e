using OpenEip.Core.Billing;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>The operator's DescribeIdleEipFees (R-LIFE-2): the idle fee each pay-as-you-go EIP has run up, at the current price.</summary>
public sealed class DescribeIdleEipFees(IStore store, BillingPolicy policy, TimeProvider clock)
{
    public Task<Result<IdleFeeReport>> ExecuteAsync(DescribeIdleEipFeesQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<IdleFeeReport>>(async session =>
        {
            if (query.AccountId is not null && await session.Accounts.FindAsync(query.AccountId) is null)
                return ApiErrors.AccountNotFound(query.AccountId);
            var price = await IdleFeePrice.FindAsync(session, policy);
            var now = clock.GetUtcNow();
            var fees = (await session.Eips.ListOwnedAsync(query.AccountId))
                .Where(e => e.InstanceChargeType == ChargeTypes.PostPaid)
                .Select(e => IdleEipFee.At(e, price, now, policy.SuggestReleaseAfter))
                .ToList();
            return new IdleFeeReport(price, fees);
        }, cancellationToken);
}
