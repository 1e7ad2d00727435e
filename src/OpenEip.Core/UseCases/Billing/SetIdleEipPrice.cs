using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Billing;

/// <summary>The operator's SetIdleEipPrice: the price <see cref="IdleFeePrice"/> reads from now on.</summary>
public sealed class SetIdleEipPrice(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(SetIdleEipPriceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            await session.Settings.SetAsync(IdleFeePrice.Setting, command.PricePerHour.ToString(CultureInfo.InvariantCulture));
            return Unit.Value;
        }, cancellationToken);
}
