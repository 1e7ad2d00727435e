using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Core.DataPlane;

/// <summary>
/// Keeps the data plane at the store's desired state, level-triggered: a pass finds the EIPs whose
/// generation is ahead of what the data plane observed, hands their desired state to the driver, and
/// records the generations it reports applied (a compare-and-set, so a confirmation that lost a race with
/// a newer API write changes nothing). For a driver that builds networks there are two more passes:
/// every network (after API writes, after the EIP changes: <see cref="PassAsync"/>), and everything (at
/// start and periodically), which removes what nobody asked for. A pass after a restart, or on another server, finds the same work from the store alone.
/// </summary>
public sealed class Reconciler(IDataPlaneSource source, IDataPlaneDriver driver, TimeProvider clock)
{
    public const int BatchSize = 500;

    public bool BuildsNetworks => driver.BuildsNetworks;

    /// <summary>Applies the EIP changes that are due; returns when the next pending change falls due, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken) => (await EipPassAsync(cancellationToken)).Next;

    /// <summary>
    /// One pass after a wake-up: the EIP changes that are due first, then (for a driver that builds networks)
    /// the networks, then the EIP changes once more if some waited for a network (a binding to an instance
    /// created a moment before). The EIPs go first because they are the hot path: a new binding waits for no
    /// read and fingerprint of every network, which grows with the installation (issue 9's benchmark, docs/performance.md).
    /// Returns when the next pending change falls due, or null when nothing is pending.
    /// </summary>
    public async Task<DateTimeOffset?> PassAsync(CancellationToken cancellationToken)
    {
        var first = await EipPassAsync(cancellationToken);
        if (!driver.BuildsNetworks)
            return first.Next;
        await ApplyNetworksAsync(cancellationToken);
        return first.Waiting ? (await EipPassAsync(cancellationToken)).Next : first.Next;
    }

    /// <summary>Applies the due EIP changes; says when to come back and whether some due change was not applied (its network is not built yet).</summary>
    private async Task<(DateTimeOffset? Next, bool Waiting)> EipPassAsync(CancellationToken cancellationToken)
    {
        var pending = await source.ListPendingAsync(BatchSize, cancellationToken);
        if (pending.Count == 0)
            return (null, false);
        var now = clock.GetUtcNow();
        var due = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay <= now).ToList();
        var waiting = false;
        if (due.Count > 0)
        {
            var desired = await source.ReadAsync(DesiredScope.Eips, due.Select(p => p.AllocationId).ToList(), cancellationToken);
            var applied = await driver.ApplyAsync(desired, cancellationToken);
            await source.ConfirmAsync(applied, cancellationToken);
            waiting = applied.Count < due.Count;
        }

        // A full batch may hide more work: come back at once. Otherwise wake when the oldest waiting change is due.
        if (due.Count == BatchSize)
            return (now, waiting);
        var later = pending.Where(p => p.SpecChangedAt + driver.ConfirmDelay > now).ToList();
        return (later.Count == 0 ? null : later.Min(p => p.SpecChangedAt) + driver.ConfirmDelay, waiting);
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
