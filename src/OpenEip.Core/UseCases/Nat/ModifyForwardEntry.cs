using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// ModifyForwardEntry: the fields given replace the entry's (<see cref="ForwardEntryRules.Merge"/>), and the result
/// must pass every rule a new entry passes (the entry does not overlap itself). Nothing given is a valid no-op.
/// </summary>
public sealed class ModifyForwardEntry(IStore store)
{
    public Task<Result<ForwardEntry>> ExecuteAsync(ModifyForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<ForwardEntry>(idempotency, session => ModifyAsync(session, command), cancellationToken);

    private static async Task<Result<ForwardEntry>> ModifyAsync(IStoreSession session, ModifyForwardEntryCommand command)
    {
        var gateway = await NatGatewayLookup.OfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        var entry = await session.NatEntries.FindForwardAsync(command.ForwardTableId, command.ForwardEntryId);
        if (entry is null)
            return NatEntryErrors.ForwardEntryNotFound(command.ForwardEntryId, command.ForwardTableId);
        // The parameters can be checked only now: the fields not given are the entry's.
        var spec = ForwardEntryRules.Parse(ForwardEntryRules.Merge(entry, command));
        if (!spec.IsSuccess)
            return spec.Error;
        var facts = await ForwardEntryRules.LoadAsync(session, gateway.Value);
        var updated = ForwardEntryRules.Modify(facts, entry, spec.Value);
        if (!updated.IsSuccess)
            return updated.Error;
        await session.NatEntries.UpdateForwardAsync(updated.Value);
        return updated.Value;
    }
}
