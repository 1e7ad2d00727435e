using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>The data plane's source inside the server: the store, optionally limited to some regions.</summary>
public sealed class StoreDataPlaneSource(IStore store, DesiredStateReader reader, IReadOnlySet<string>? regions = null) : IDataPlaneSource
{
    private const int ConfirmationsPerTransaction = 16;

    public Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, CancellationToken cancellationToken) =>
        store.ReadAsync(session => session.Eips.ListPendingAsync(limit, regions), cancellationToken);

    public Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, CancellationToken cancellationToken) =>
        reader.ReadAsync(scope, allocationIds, regions, cancellationToken);

    public async Task ConfirmAsync(IReadOnlyList<AppliedEip> applied, CancellationToken cancellationToken)
    {
        // In small writes: each confirmation is a compare-and-set of its own, so nothing ties them together, and on
        // PostgreSQL one transaction over a whole backlog collides with every API write touching any of those EIPs,
        // loses, and grows while it retries (seen in the soak test). The writes go out together rather than one after
        // another: on SQLite they join one group commit (each in its own savepoint) instead of waiting for a batch each.
        await Task.WhenAll(applied.Chunk(ConfirmationsPerTransaction).Select(chunk => ConfirmChunkAsync(chunk, cancellationToken)));
    }

    private async Task ConfirmChunkAsync(IReadOnlyList<AppliedEip> applied, CancellationToken cancellationToken)
    {
        await store.WriteAsync<Unit>(null, async session =>
        {
            // A stale generation leaves the EIP as it is (R-EIP-9): the store's conditional write changes nothing then.
            foreach (var change in applied)
                await session.Eips.ConfirmAsync(change.AllocationId, change.Generation);
            return Unit.Value;
        }, cancellationToken);
    }
}
