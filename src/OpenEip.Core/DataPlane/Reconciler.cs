using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// Keeps the data plane at the store's desired state, level-triggered: a pass finds the EIPs whose
/// generation is ahead of what the data plane observed, hands their desired state to the driver, and
/// records the generations it reports applied (a compare-and-set, so a confirmation that lost a race with
/// a newer API write changes nothing). For a driver that builds networks there are two more passes:
/// every network (after API writes), and everything (at start and periodically), which removes what
/// nobody asked for. A pass after a restart, or on another server, finds the same work from the store alone.
/// </summary>
public sealed class Reconciler(IDataPlaneSource source, IDataPlaneDriver driver, TimeProvider clock)
{
    public const int BatchSize = 500;

    public bool BuildsNetworks => driver.BuildsNetworks;

    /// <summary>Applies the EIP changes that are due; returns when the next pending change falls due, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var pending = await source.ListPendingAsync(BatchSize, cancellationToken);
        if (pending.Count == 0)
            return null;
        var now = clock.GetUtcNow();
        var due = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay <= now).ToList();
        if (due.Count > 0)
        {
            var desired = await source.ReadAsync(DesiredScope.Eips, due.Select(p => p.AllocationId).ToList(), cancellationToken);
            await source.ConfirmAsync(await driver.ApplyAsync(desired, cancellationToken), cancellationToken);
        }

        // A full batch may hide more work: come back at once. Otherwise wake when the oldest waiting change is due.
        if (due.Count == BatchSize)
            return now;
        var waiting = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay > now).ToList();
        return waiting.Count == 0 ? null : waiting.Min(p => p.SpecChangedAt) + driver.ConfirmDelay;
    }

    /// <summary>Builds every network as the store has it now (hosts, routers, policies), for a driver that builds networks.</summary>
    public async Task ApplyNetworksAsync(CancellationToken cancellationToken)
    {
        if (!driver.BuildsNetworks)
            return;
        await driver.ApplyAsync(await source.ReadAsync(DesiredScope.Networks, null, cancellationToken), cancellationToken);
    }

    /// <summary>A full resync: the data plane afterwards holds exactly the desired state; what it now carries and had not confirmed is confirmed.</summary>
    public async Task ResyncAsync(CancellationToken cancellationToken)
    {
        if (!driver.BuildsNetworks)
            return;
        var desired = await source.ReadAsync(DesiredScope.Full, null, cancellationToken);
        var behind = desired.Eips.Where(e => e.ObservedGeneration < e.Generation).Select(e => e.AllocationId).ToHashSet(StringComparer.Ordinal);
        var applied = await driver.ApplyAsync(desired, cancellationToken);
        await source.ConfirmAsync(applied.Where(a => behind.Contains(a.AllocationId)).ToList(), cancellationToken);
    }

}
