using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// One reconcile pass: find EIPs whose generation is ahead of what the data plane observed, have the
/// driver apply those that are due, and record the generation it applied. Level-triggered and idempotent:
/// a pass after a restart (or on another server) finds the same work from the store alone, and a
/// confirmation that lost a race with a newer API write changes nothing.
/// </summary>
public sealed class Reconciler(IStore store, IDataPlaneDriver driver, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Runs a pass; returns when the next pending change falls due, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ReadAsync(session => session.Eips.ListPendingAsync(BatchSize), cancellationToken);
        if (pending.Count == 0)
            return null;
        var now = clock.GetUtcNow();
        var due = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay <= now).ToList();
        if (due.Count > 0)
        {
            await driver.ApplyAsync(due.Select(p => p.AllocationId).ToList(), cancellationToken);
            await store.WriteAsync<Unit>(null, async session =>
            {
                foreach (var change in due)
                    await session.Eips.ConfirmAsync(change.AllocationId, change.Generation);
                return Unit.Value;
            }, cancellationToken);
        }

        // A full batch may hide more work: come back at once. Otherwise wake when the oldest waiting change is due.
        if (due.Count == BatchSize)
            return now;
        var waiting = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay > now).ToList();
        return waiting.Count == 0 ? null : waiting.Min(p => p.SpecChangedAt) + driver.ConfirmDelay;
    }
}
