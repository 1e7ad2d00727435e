using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>DeleteForwardEntry: an entry of the caller's forward (DNAT) table; nothing else depends on an entry.</summary>
public sealed class DeleteForwardEntry(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, session => DeleteAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> DeleteAsync(IStoreSession session, DeleteForwardEntryCommand command)
    {
        var gateway = await NatGatewayLookup.OfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        if (await session.NatEntries.FindForwardAsync(command.ForwardTableId, command.ForwardEntryId) is null)
            return NatEntryErrors.ForwardEntryNotFound(command.ForwardEntryId, command.ForwardTableId);
        await session.NatEntries.DeleteForwardAsync(command.ForwardEntryId);
        return Unit.Value;
    }
}
