using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>Operator only: back-dates (or moves) any account's gateway's creation time, to exercise R-NAT-3's 2022-09-19 boundary.</summary>
public sealed class SetNatGatewayCreationTime(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(SetNatGatewayCreationTimeCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, session => SetAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> SetAsync(IStoreSession session, SetNatGatewayCreationTimeCommand command)
    {
        // The operator's view: anyone's gateway in any region, so not NatGatewayLookup (the caller's, in a region).
        var gateway = await session.NatGateways.FindAsync(accountId: null, command.NatGatewayId);
        if (gateway is null)
            return new Error("InvalidNatGatewayId.NotFound", $"The NAT gateway \"{ApiErrors.Shorten(command.NatGatewayId)}\" does not exist.");
        var dated = gateway.SetCreationTime(command.CreationTime);
        if (!dated.IsSuccess)
            return dated.Error;
        await session.NatGateways.UpdateAsync(dated.Value);
        return Unit.Value;
    }
}
