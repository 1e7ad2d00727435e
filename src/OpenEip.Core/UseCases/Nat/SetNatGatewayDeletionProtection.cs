using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>DeletionProtection with Type=NATGW: while on, DeleteNatGateway is refused.</summary>
public sealed class SetNatGatewayDeletionProtection(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(SetNatGatewayDeletionProtectionCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, session => ProtectAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> ProtectAsync(IStoreSession session, SetNatGatewayDeletionProtectionCommand command)
    {
        var found = await NatGatewayLookup.FindAsync(session, command.AccountId, command.RegionId, command.NatGatewayId);
        if (!found.IsSuccess)
            return found.Error;
        var changed = found.Value.SetDeletionProtection(command.Enabled);
        if (!changed.IsSuccess)
            return changed.Error;
        // Setting what is already set writes nothing.
        if (changed.Value != found.Value)
            await session.NatGateways.UpdateAsync(changed.Value);
        return Unit.Value;
    }
}
