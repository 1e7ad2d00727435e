using System.Diagnostics;
using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlaneBench;

/// <summary>Wraps the real executor and adds up the time spent in it, per kind of action, so a pass's time splits into the host's work and the driver's own (render, diff, plan).</summary>
internal sealed class TimingExecutor(IActionExecutor inner) : IActionExecutor
{
    public Dictionary<string, (int Count, double Milliseconds)> ByKind { get; } = [];

    public double Milliseconds => ByKind.Values.Sum(v => v.Milliseconds);

    public void Reset() => ByKind.Clear();

    public async Task ExecuteAsync(IReadOnlyList<DataPlaneAction> actions, CancellationToken cancellationToken)
    {
        // One action at a time, so that each kind gets its own time (the executor batches only runs of namespace creations and deletions).
        foreach (var group in Runs(actions))
        {
            var started = Stopwatch.GetTimestamp();
            await inner.ExecuteAsync(group, cancellationToken);
            Add(group[0].GetType().Name, group.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public async Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var names = await inner.ListNamespacesAsync(cancellationToken);
        Add("ListNamespaces", 1, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return names;
    }

    public async Task<NamespaceInventory> InspectAsync(string ns, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var inventory = await inner.InspectAsync(ns, cancellationToken);
        Add("Inspect", 1, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return inventory;
    }

    private void Add(string kind, int count, double milliseconds)
    {
        var (c, ms) = ByKind.GetValueOrDefault(kind);
        ByKind[kind] = (c + count, ms + milliseconds);
    }

    /// <summary>Runs of consecutive namespace creations or deletions stay together (one <c>ip -b</c>); every other action alone.</summary>
    private static IEnumerable<List<DataPlaneAction>> Runs(IReadOnlyList<DataPlaneAction> actions)
    {
        var run = new List<DataPlaneAction>();
        foreach (var action in actions)
        {
            if (run.Count > 0 && (action is not (CreateNamespace or DeleteNamespace) || action.GetType() != run[0].GetType()))
            {
                yield return run;
                run = [];
            }
            run.Add(action);
        }
        if (run.Count > 0)
            yield return run;
    }
}
