using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// AllocateEipAddress then ReleaseEipAddress of the EIP just allocated, over and over: the account's size stays
/// where it was (released EIPs leave the count, their addresses go to quarantine), so this is also how allocation is
/// timed beside 1k … 1M EIPs. The figure counts both calls; each has its own row too.
/// </summary>
public sealed class AllocateReleaseScenario(string baseUrl, AccessKey key, string region) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => key);

    public override string Name => "AllocateEipAddress + ReleaseEipAddress";

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
        {
            var allocated = await EipCalls.AllocateAsync(rpc, region);
            if (allocated.IsSuccess && allocated.Field("AllocationId") is { } id)
                await EipCalls.ReleaseAsync(rpc, region, id);
        }
    }

    public override Task CleanUpAsync()
    {
        _clients.Close();
        return Task.CompletedTask;
    }
}
