using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>The data plane's source inside the server: the store, optionally limited to some regions.</summary>
public sealed class StoreDataPlaneSource(IStore store, DesiredStateReader reader, IReadOnlySet<string>? regions = null) : IDataPlaneSource
{
    public Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, CancellationToken cancellationToken) =>
        store.ReadAsync(session => session.Eips.ListPendingAsync(limit, regions), cancellationToken);

    public Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, CancellationToken cancellationToken) =>
        reader.ReadAsync(scope, allocationIds, regions, cancellationToken);

    public async Task ConfirmAsync(IReadOnlyList<AppliedEip> applied, CancellationToken cancellationToken)
    {
        if (applied.Count == 0)
            return;
        await store.WriteAsync<Unit>(null, async session =>
        {
            foreach (var change in applied)
            {
                if (await session.Eips.FindAnyAsync(change.AllocationId) is not { } eip)
                    continue;
                // A stale generation leaves the EIP as it is (R-EIP-9): nothing to write.
                var confirmed = eip.Confirm(change.Generation);
                if (confirmed != eip)
                    await session.Eips.ConfirmAsync(confirmed);
            }
            return Unit.Value;
        }, cancellationToken);
    }
}
