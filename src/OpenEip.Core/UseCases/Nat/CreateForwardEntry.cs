using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// CreateForwardEntry (DNAT: port forwarding or IP mapping): the parameters parsed first, then
/// <see cref="ForwardEntryRules.Create"/> over the facts read in the transaction.
/// </summary>
public sealed class CreateForwardEntry(IStore store, TimeProvider clock)
{
    public Task<Result<ForwardEntry>> ExecuteAsync(CreateForwardEntryCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var spec = ForwardEntryRules.Parse(command);
        if (!spec.IsSuccess)
            return Task.FromResult(Result<ForwardEntry>.Fail(spec.Error));
        return store.WriteAsync<ForwardEntry>(idempotency, session => CreateAsync(session, command, spec.Value), cancellationToken);
    }

    private async Task<Result<ForwardEntry>> CreateAsync(IStoreSession session, CreateForwardEntryCommand command, ForwardEntrySpec spec)
    {
        var gateway = await NatGatewayLookup.OfForwardTableAsync(session, command.AccountId, command.RegionId, command.ForwardTableId);
        if (!gateway.IsSuccess)
            return gateway.Error;
        var facts = await ForwardEntryRules.LoadAsync(session, gateway.Value);
        var entry = ForwardEntryRules.Create(facts, spec, ResourceIds.New("fwd"), clock.GetUtcNow());
        if (!entry.IsSuccess)
            return entry.Error;
        await session.NatEntries.InsertForwardAsync(entry.Value);
        return entry.Value;
    }
}
