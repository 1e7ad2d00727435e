using OpenEip.LoadBench.Http;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// The second ceiling: a signed call that touches no resource, DescribeRegions (the region catalogue, in memory).
/// What it costs beyond /healthz is the RPC path itself: parsing, the signature (the AccessKey read from the store),
/// the nonce, the dispatcher and the JSON answer.
/// </summary>
public sealed class SignedNoOpScenario(string baseUrl, AccessKey key, SignatureKind kind) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => key, kind);

    public override string Name => $"DescribeRegions (signed {kind})";

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
            await rpc.CallAsync("DescribeRegions", ApiVersions.Vpc, []);
    }

    public override Task CleanUpAsync()
    {
        _clients.Close();
        return Task.CompletedTask;
    }
}
