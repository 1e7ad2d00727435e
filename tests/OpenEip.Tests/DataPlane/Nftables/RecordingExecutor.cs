using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>
/// An executor that records every action and keeps the set of namespaces as the actions leave them; it
/// can be told to fail at the n-th action, as a host refusing a command would.
/// </summary>
internal sealed class RecordingExecutor : IActionExecutor
{
    public List<IReadOnlyList<DataPlaneAction>> Calls { get; } = [];
    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, the action at this position (counting every action ever executed) throws.</summary>
    public int? FailAt { get; set; }

    public int Executed { get; private set; }

    public IReadOnlyList<DataPlaneAction> Last => Calls.Count == 0 ? [] : Calls[^1];

    public Task ExecuteAsync(IReadOnlyList<DataPlaneAction> actions, CancellationToken cancellationToken)
    {
        Calls.Add(actions);
        foreach (var action in actions)
        {
            if (FailAt == Executed)
            {
                FailAt = null;
                throw new DataPlaneActionException(action, "refused by the test");
            }

            Executed++;
            if (action is CreateNamespace create)
                Namespaces.Add(create.Name);
            else if (action is DeleteNamespace delete)
                Namespaces.Remove(delete.Name);
        }

        return Task.CompletedTask;
    }

    /// <summary>What <see cref="InspectAsync"/> finds, by namespace (nothing when absent).</summary>
    public Dictionary<string, NamespaceInventory> Found { get; } = new(StringComparer.Ordinal);

    public List<string> Inspected { get; } = [];

    public Task<NamespaceInventory> InspectAsync(string ns, CancellationToken cancellationToken)
    {
        Inspected.Add(ns);
        return Task.FromResult(Found.GetValueOrDefault(ns, NamespaceInventory.Empty));
    }

    public Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Namespaces.ToList());
}
