using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>The first ceiling: unsigned GET /healthz (the web server, routing, and the store's one-row health probe).</summary>
public sealed class HealthzScenario(string baseUrl) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => new AccessKey("", ""));

    public override string Name => "GET /healthz (unsigned)";

    public override Task PrepareAsync(int clients)
    {
        _clients.Open(clients);
        return Task.CompletedTask;
    }

    public override async Task RunClientAsync(int client, ClientMetrics metrics, CancellationToken stop)
    {
        var rpc = _clients[client];
        rpc.Metrics = metrics;
        while (!stop.IsCancellationRequested)
            await rpc.GetAsync("/healthz", "healthz");
    }

    public override Task CleanUpAsync()
    {
        _clients.Close();
        return Task.CompletedTask;
    }
}
