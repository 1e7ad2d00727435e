using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// AssociateEipAddress and UnassociateEipAddress (ECS instances), each client going round its own pairs: bind the
/// next unbound one, unbind the next bound one. Between two calls on one pair the client makes
/// <c>PerClient − 1</c> other calls, which is the time the data plane (driver none, ConfirmDelay 0) has to confirm;
/// a pair not yet InUse or Available answers IncorrectEipStatus, counted as an error and tried again next round.
/// </summary>
public sealed class AssociateCycleScenario(string baseUrl, AccessKey key, string region, AssociationPairs pairs) : Scenario
{
    private readonly ClientSet _clients = new(baseUrl, _ => key);
    private RpcClientHolder? _settler;

    public override string Name => "AssociateEipAddress + UnassociateEipAddress";

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
        var bound = new bool[own.Count];
        for (var next = 0; !stop.IsCancellationRequested; next = (next + 1) % own.Count)
        {
            var answer = bound[next]
                ? await EipCalls.UnassociateAsync(rpc, region, own[next])
                : await EipCalls.AssociateAsync(rpc, region, own[next]);
            if (answer.IsSuccess)
                bound[next] = !bound[next];
        }
    }

    public override async Task CleanUpAsync()
    {
        _clients.Close();
        using var settler = _settler!;
        await pairs.SettleAsync(settler.Client, region);
    }
}
