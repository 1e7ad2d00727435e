using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>One DescribeEipAddresses query (a page, or a filter), asked by every client over and over.</summary>
public sealed class DescribeScenario(string baseUrl, AccessKey key, string name, IReadOnlyList<KeyValuePair<string, string>> parameters) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => key);

    public override string Name => name;

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
            await rpc.CallAsync("DescribeEipAddresses", ApiVersions.Vpc, parameters);
    }

    public override Task CleanUpAsync()
    {
        _clients.Close();
        return Task.CompletedTask;
    }
}
