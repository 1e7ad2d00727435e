using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>DeleteSnatEntry: an entry of the caller's SNAT table; nothing else depends on an entry.</summary>
public sealed class DeleteSnatEntry(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteSnatEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, session => DeleteAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> DeleteAsync(IStoreSession session, DeleteSnatEntryCommand command)
    {
        var gateway = await NatGatewayLookup.OfSnatTableAsync(session, command.AccountId, command.RegionId, command.SnatTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        if (await session.NatEntries.FindSnatAsync(command.SnatTableId, command.SnatEntryId) is null)
            return NatEntryErrors.SnatEntryNotFound(command.SnatEntryId, command.SnatTableId);
        await session.NatEntries.DeleteSnatAsync(command.SnatEntryId);
        return Unit.Value;
    }
}
