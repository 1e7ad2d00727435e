using System.Diagnostics;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// What a client waits for after it binds: from the start of AssociateEipAddress until DescribeEipAddresses reports the
/// EIP InUse (polled at once, then every <paramref name="pollInterval"/>), as Terraform or a script waits; then the same
/// from UnassociateEipAddress to Available. The polls are requests of the run and have their own row.
/// </summary>
public sealed class CallToInUseScenario(string baseUrl, AccessKey key, string region, AssociationPairs pairs, TimeSpan pollInterval) : Scenario
{
    public const string ToInUse = "call-to-InUse";
    public const string ToAvailable = "call-to-Available";
    private const string Poll = "DescribeEipAddresses (poll)";
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);
    private readonly ClientSet _clients = new(baseUrl, _ => key);
    private RpcClientHolder? _settler;

    public override string Name => "AssociateEipAddress → InUse";

    public override string? Headline => ToInUse;

    public override Task PrepareAsync(int clients)
    {
        if (clients > pairs.MaxClients)
            throw new InvalidOperationException($"{clients} clients need {clients * pairs.PerClient} association pairs; there are {pairs.MaxClients * pairs.PerClient}.");
        _clients.Open(clients);
        _settler = new RpcClientHolder(baseUrl, key);
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
            if ((await EipCalls.AssociateAsync(rpc, region, pair)).IsSuccess)
                await WaitForAsync(rpc, metrics, pair, "InUse", ToInUse, start);
            start = Stopwatch.GetTimestamp();
            if ((await EipCalls.UnassociateAsync(rpc, region, pair)).IsSuccess)
                await WaitForAsync(rpc, metrics, pair, "Available", ToAvailable, start);
        }
    }

    private async Task WaitForAsync(Http.RpcClient rpc, ClientMetrics metrics, AssociationPair pair, string status, string metric, long start)
    {
        while (await EipCalls.StatusAsync(rpc, region, pair.AllocationId, Poll) != status)
        {
            if (Stopwatch.GetElapsedTime(start) > GiveUp)
            {
                metrics.RecordDerivedFailure(metric, start, $"not {status} after {GiveUp.TotalSeconds:0} s");
                return;
            }

            await Task.Delay(pollInterval);
        }

        metrics.RecordDerived(metric, start, Stopwatch.GetTimestamp());
    }

    public override async Task CleanUpAsync()
    {
        _clients.Close();
        using var settler = _settler!;
        await pairs.SettleAsync(settler.Client, region);
    }
}
