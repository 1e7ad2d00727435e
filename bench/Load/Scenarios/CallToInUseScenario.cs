using System.Diagnostics;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// What a client waits for after it binds: from the start of AssociateEipAddress until DescribeEipAddresses reports the
/// EIP InUse, then the same from UnassociateEipAddress to Available, each client on its own pairs, one after the other.
/// The status is watched by one <see cref="StatusWatcher"/> for all clients (a client of its own, not measured).
/// </summary>
public sealed class CallToInUseScenario(string baseUrl, AccessKey key, string region, AssociationPairs pairs) : Scenario
{
    public const string ToInUse = "call-to-InUse";
    public const string ToAvailable = "call-to-Available";
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);
    private readonly ClientSet _clients = new(baseUrl, _ => key);
    private RpcClientHolder? _settler;
    private StatusWatcher? _watcher;

    public override string Name => "AssociateEipAddress → InUse";

    public override string? Headline => ToInUse;

    public override Task PrepareAsync(int clients)
    {
        if (clients > pairs.MaxClients)
            throw new InvalidOperationException($"{clients} clients need {clients * pairs.PerClient} association pairs; there are {pairs.MaxClients * pairs.PerClient}.");
        _clients.Open(clients);
        _settler = new RpcClientHolder(baseUrl, key);
        _watcher = new StatusWatcher(_settler.Client, region);
        _watcher.Start();
        return Task.CompletedTask;
    }

    public override async Task RunClientAsync(int client, ClientMetrics metrics, CancellationToken stop)
    {
        var rpc = _clients[client];
        rpc.Metrics = metrics;
        var own = pairs.ForClient(client);
        for (var next = 0; !stop.IsCancellationRequested; next = (next + 1) % own.Count)
        {
            var pair = own[next];
            var start = Stopwatch.GetTimestamp();
            var seen = _watcher!.WaitForAsync(pair.AllocationId, "InUse");
            if ((await EipCalls.AssociateAsync(rpc, region, pair)).IsSuccess)
                await RecordAsync(metrics, pair, seen, ToInUse, "InUse", start);
            else
                _watcher.Forget(pair.AllocationId);

            start = Stopwatch.GetTimestamp();
            seen = _watcher.WaitForAsync(pair.AllocationId, "Available");
            if ((await EipCalls.UnassociateAsync(rpc, region, pair)).IsSuccess)
                await RecordAsync(metrics, pair, seen, ToAvailable, "Available", start);
            else
                _watcher.Forget(pair.AllocationId);
        }
    }

    private async Task RecordAsync(ClientMetrics metrics, AssociationPair pair, Task<long> seen, string metric, string status, long start)
    {
        if (await Task.WhenAny(seen, Task.Delay(GiveUp)) == seen)
        {
            metrics.RecordDerived(metric, start, await seen);
            return;
        }

        _watcher!.Forget(pair.AllocationId);
        metrics.RecordDerivedFailure(metric, start, $"not {status} after {GiveUp.TotalSeconds:0} s");
    }

    public override async Task CleanUpAsync()
    {
        _clients.Close();
        await _watcher!.StopAsync();
        _watcher.Dispose();
        using var settler = _settler!;
        await pairs.SettleAsync(settler.Client, region);
    }
}
