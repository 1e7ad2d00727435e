using Microsoft.Extensions.Logging;
using OpenEip.Core;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Planning;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// The <c>nftables</c> driver (ADR 4): renders the desired state into a host model, diffs it against what
/// it applied, and has the executor carry out the difference. It keeps what it applied in memory: a
/// network pass changes only what changed; an EIP pass touches only that EIP's elements, routes and host
/// (not sets of 100,000 elements); a full pass re-declares every table, refills every set and removes
/// namespaces with OpenEip's names that nobody wants. Its memory starts empty and is dropped to "not
/// known" when a pass fails part-way, and the next pass then re-asserts everything, idempotently.
/// </summary>
public sealed partial class NftablesDriver(IActionExecutor executor, TimeProvider clock, ILogger<NftablesDriver> logger) : IDataPlaneDriver, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly DriverState _state = new();

    public string Name => "nftables";

    public TimeSpan ConfirmDelay => TimeSpan.Zero;

    public bool BuildsNetworks => true;

    public async Task<IReadOnlyList<AppliedEip>> ApplyAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            var (applied, actions) = desired.Scope switch
            {
                DesiredScope.Full => await FullAsync(desired, cancellationToken),
                DesiredScope.Networks => await NetworksAsync(desired, cancellationToken),
                _ => await EipsAsync(desired, cancellationToken),
            };
            LogApplied(desired.Scope, actions, clock.GetElapsedTime(started).TotalMilliseconds);
            var waiting = desired.Eips.Count(e => !e.Unbinding) - applied.Count(a => _state.Wanted.ContainsKey(a.AllocationId));
            if (waiting > 0)
                LogEipsWaiting(waiting);
            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(IReadOnlyList<AppliedEip>, int)> FullAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        var fingerprint = NetworkFingerprint.Of(desired);
        if (_state.Certain && _state.Index is { } known && fingerprint.AsSpan().SequenceEqual(_state.Networks) && WantsTheSame(desired.Eips))
            return await RefillAsync(known, desired, cancellationToken);

        var index = NetworkIndex.Build(desired.Pools, desired.Vpcs);
        _state.Wanted.Clear();
        foreach (var eip in desired.Eips.Where(e => !e.Unbinding))
            _state.Wanted[eip.AllocationId] = eip;
        var present = (await executor.ListNamespacesAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var rendered = ModelRenderer.Render(index, _state.Wanted.Values);
        if (!_state.Certain)
        {
            StaleEips.AddTo(_state.Model, index, desired.Eips.Where(e => e.Unbinding));
            await Leftovers.AddToAsync(_state.Model, rendered.Model, present, executor, cancellationToken);
        }
        var delta = ModelDiff.Compute(_state.Model, rendered.Model, new DiffOptions
        {
            ReassertIp = !_state.Certain,
            ReassertNft = true,
            Present = present,
            Announce = _state.Certain,
        });
        var actions = await CommitAsync(index, rendered, delta, cancellationToken);
        _state.Networks = fingerprint;
        return (Report(desired.Eips, rendered.Programs), actions);
    }

    /// <summary>
    /// The periodic full pass when the desired state is what the driver already carries (the networks' fingerprint
    /// and every EIP the same): its model is what a render would give (EIP passes keep it so), so the pass skips
    /// rendering and diffing 100,000 programs and goes straight to what a full pass is for, repairing drift on
    /// the host: every set refilled, every chain rewritten, namespaces deleted or rebuilt from the model.
    /// </summary>
    private async Task<(IReadOnlyList<AppliedEip>, int)> RefillAsync(NetworkIndex index, DesiredState desired, CancellationToken cancellationToken)
    {
        var present = (await executor.ListNamespacesAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var delta = ModelDiff.Compute(_state.Model, _state.Model, new DiffOptions { ReassertNft = true, Present = present, Announce = true });
        var actions = await CommitAsync(index, new RenderedModel(_state.Model, _state.Programs), delta, cancellationToken);
        return (Report(desired.Eips, _state.Programs), actions);
    }

    /// <summary>True when the EIPs to carry are exactly those the driver was last asked to carry (the generation the data plane reported aside).</summary>
    private bool WantsTheSame(IReadOnlyList<EipDesired> eips)
    {
        var carried = 0;
        foreach (var eip in eips)
        {
            if (eip.Unbinding)
                continue;
            carried++;
            if (!_state.Wanted.TryGetValue(eip.AllocationId, out var wanted) || !eip.Equals(wanted with { ObservedGeneration = eip.ObservedGeneration }))
                return false;
        }

        return carried == _state.Wanted.Count;
    }

    private async Task<(IReadOnlyList<AppliedEip>, int)> NetworksAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        var fingerprint = NetworkFingerprint.Of(desired);
        if (_state.Certain && fingerprint.AsSpan().SequenceEqual(_state.Networks))
            return ([], 0);
        var index = NetworkIndex.Build(desired.Pools, desired.Vpcs);
        var rendered = ModelRenderer.Render(index, _state.Wanted.Values);
        var delta = ModelDiff.Compute(_state.Model, rendered.Model, Rebuild(_state.Certain));
        var actions = await CommitAsync(index, rendered, delta, cancellationToken);
        _state.Networks = fingerprint;
        return ([], actions);
    }

    private async Task<(IReadOnlyList<AppliedEip>, int)> EipsAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        foreach (var eip in desired.Eips)
        {
            if (eip.Unbinding)
                _state.Wanted.Remove(eip.AllocationId);
            else
                _state.Wanted[eip.AllocationId] = eip;
        }

        // Nothing built yet: the EIPs wait for the first network pass, which carries what is wanted.
        if (_state.Index is not { } index)
            return ([], 0);
        if (!_state.Certain)
        {
            var rendered = ModelRenderer.Render(index, _state.Wanted.Values);
            var delta = ModelDiff.Compute(_state.Model, rendered.Model, Rebuild(certain: false));
            var count = await CommitAsync(index, rendered, delta, cancellationToken);
            return (Report(desired.Eips, rendered.Programs), count);
        }

        return await EipDeltaAsync(desired.Eips, index, cancellationToken);
    }

    /// <summary>The hot path: withdraw each changed EIP's old program and apply its new one, re-rendering only the hosts whose interfaces hold them.</summary>
    private async Task<(IReadOnlyList<AppliedEip>, int)> EipDeltaAsync(IReadOnlyList<EipDesired> eips, NetworkIndex index, CancellationToken cancellationToken)
    {
        var model = _state.Model;
        var programs = _state.Programs;
        var journal = new ModelJournal();
        var hosts = new SortedSet<string>(StringComparer.Ordinal);
        // Every old program goes before any new one comes, so an address one EIP leaves is free for another in the same pass.
        var changes = new List<(EipDesired Eip, EipProgram? After)>();
        foreach (var eip in eips.OrderBy(e => e.AllocationId, StringComparer.Ordinal))
        {
            var before = programs.GetValueOrDefault(eip.AllocationId);
            var after = EipProgramRenderer.Render(eip, index);
            if (after is not null && after.SameAs(before))
            {
                programs[eip.AllocationId] = after;
                continue;
            }

            changes.Add((eip, after));
            if (before is null)
                continue;
            ProgramFacts.Withdraw(model, before, journal);
            programs.Remove(eip.AllocationId);
            if (before.Interface is { } was)
                hosts.Add(was.Host.Namespace);
        }

        foreach (var (eip, after) in changes)
        {
            if (after is not null && ProgramFacts.TryApply(model, after, journal))
            {
                programs[eip.AllocationId] = after;
                if (after.Interface is { } now)
                    hosts.Add(now.Host.Namespace);
            }
        }

        var delta = new ModelDelta();
        journal.AddTo(delta, model);
        var replaced = new List<NamespaceModel>();
        if (hosts.Count > 0)
        {
            var routed = ModelRenderer.RoutedByInterface(programs.Values.Where(p => p.Interface is { } i && hosts.Contains(i.Host.Namespace)));
            foreach (var name in hosts)
            {
                if (!index.Hosts.TryGetValue(name, out var host))
                    continue;
                var after = HostRenderer.Render(host, routed, index);
                var before = model.Find(name);
                delta.Namespaces[name] = ModelDiff.CompareKnown(before, after);
                model.Add(after);
                if (before is not null)
                    replaced.Add(before);
            }
        }

        var actions = ActionPlanner.Plan(delta);
        try
        {
            if (actions.Count > 0)
                await executor.ExecuteAsync(actions, cancellationToken);
        }
        catch (Exception ex)
        {
            journal.RestoreRemoved(model);
            foreach (var before in replaced)
                ModelUnion.Merge(model.Find(before.Name)!, before);
            _state.Certain = false;
            LogApplyFailed(ex, actions.Count);
            throw;
        }

        return (Report(eips, programs), actions.Count);
    }

    private async Task<int> CommitAsync(NetworkIndex index, RenderedModel rendered, ModelDelta delta, CancellationToken cancellationToken)
    {
        var placements = HaVipPlacer.Place(index, _state.Placements, delta);
        var actions = ActionPlanner.Plan(delta);
        _state.Index = index;
        _state.Programs = new Dictionary<string, EipProgram>(rendered.Programs, StringComparer.Ordinal);
        try
        {
            if (actions.Count > 0)
                await executor.ExecuteAsync(actions, cancellationToken);
        }
        catch (Exception ex)
        {
            _state.Model = ModelUnion.Of(_state.Model, rendered.Model);
            _state.Certain = false;
            LogApplyFailed(ex, actions.Count);
            throw;
        }

        _state.Model = rendered.Model;
        _state.Placements = placements;
        _state.Certain = true;
        return actions.Count;
    }

    private static DiffOptions Rebuild(bool certain) =>
        certain ? DiffOptions.Known : new DiffOptions { ReassertIp = true, ReassertNft = true, Announce = false };

    /// <summary>The EIPs of the pass that the host now carries, and those being unbound (nothing of them is left).</summary>
    private static List<AppliedEip> Report(IEnumerable<EipDesired> eips, IReadOnlyDictionary<string, EipProgram> programs) =>
        eips.Where(e => e.Unbinding || programs.ContainsKey(e.AllocationId)).Select(e => new AppliedEip(e.AllocationId, e.Generation)).ToList();

    [LoggerMessage(EventId = LogEventIds.DataPlaneApplied, Level = LogLevel.Debug, Message = "Data plane pass ({Scope}): {Actions} actions in {Milliseconds:F1} ms.")]
    private partial void LogApplied(DesiredScope scope, int actions, double milliseconds);

    [LoggerMessage(EventId = LogEventIds.DataPlaneApplyFailed, Level = LogLevel.Warning,
        Message = "A data plane pass failed part-way through {Actions} actions; the next pass re-applies everything.")]
    private partial void LogApplyFailed(Exception exception, int actions);

    [LoggerMessage(EventId = LogEventIds.DataPlaneEipsWaiting, Level = LogLevel.Debug, Message = "{Count} EIPs wait for their network to be built.")]
    private partial void LogEipsWaiting(int count);
}
