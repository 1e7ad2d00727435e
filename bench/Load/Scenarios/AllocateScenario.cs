using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// AllocateEipAddress alone, each client allocating until told to stop. The EIPs stay, so the account grows by every
/// call of the run: the suite gives each run an account of its own, so every run starts from the same (empty) account.
/// </summary>
public sealed class AllocateScenario(string baseUrl, AccessKey key, string region) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => key);

    public override string Name => "AllocateEipAddress";

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
            await EipCalls.AllocateAsync(rpc, region);
    }

    public override Task CleanUpAsync()
    {
        _clients.Close();
        return Task.CompletedTask;
    }
}
