using OpenEip.Core.Billing;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>The idle fee of each of these EIPs now (pay-as-you-go ones only): the console's marks on its EIP list.</summary>
public sealed class IdleFeesOfEips(IStore store, BillingPolicy policy, TimeProvider clock)
{
    public Task<IReadOnlyDictionary<string, IdleEipFee>> ExecuteAsync(IdleFeesOfEipsQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyDictionary<string, IdleEipFee>>(async session =>
        {
            var price = await IdleFeePrice.FindAsync(session, policy);
            var now = clock.GetUtcNow();
            return query.Eips.Where(e => e.InstanceChargeType == ChargeTypes.PostPaid)
                .ToDictionary(e => e.AllocationId, e => IdleEipFee.At(e, price, now, policy.SuggestReleaseAfter));
        }, cancellationToken);
}
