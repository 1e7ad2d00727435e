using OpenEip.LoadBench.Load;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// What N clients do during a run. Each client is one loop that runs until asked to stop, one request at a time on
/// its own connection; a scenario keeps per-client state (the EIPs and instances a client owns) so that clients never
/// touch each other's resources.
/// </summary>
public abstract class Scenario
{
    public abstract string Name { get; }

    /// <summary>The metric that is the scenario's figure; null: every request of the run together.</summary>
    public virtual string? Headline => null;

    /// <summary>Opens the clients' connections (lazily) and sets their state up; not measured.</summary>
    public abstract Task PrepareAsync(int clients);

    /// <summary>Client number <paramref name="client"/>'s loop; checks <paramref name="stop"/> between requests, never cancels one in flight.</summary>
    public abstract Task RunClientAsync(int client, ClientMetrics metrics, CancellationToken stop);

    /// <summary>Puts what the run changed back where the next run expects it (bindings undone), and closes the connections.</summary>
    public abstract Task CleanUpAsync();
}
