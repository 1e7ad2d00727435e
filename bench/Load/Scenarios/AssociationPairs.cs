using OpenEip.LoadBench.Http;

namespace OpenEip.LoadBench.Scenarios;

/// <summary>
/// The EIP–instance pairs of the association scenarios, <see cref="PerClient"/> per client, each client's its own
/// (distinct EIPs and targets, so no two clients ever race for one). Between runs every pair is brought back to
/// unbound and Available.
/// </summary>
public sealed class AssociationPairs(IReadOnlyList<AssociationPair> pairs, int perClient)
{
    public int PerClient => perClient;

    public int MaxClients => pairs.Count / perClient;

    public IReadOnlyList<AssociationPair> ForClient(int client) => pairs.Skip(client * perClient).Take(perClient).ToList();

    /// <summary>Unbinds every pair still bound and waits until all are Available (bounded: 120 s).</summary>
    public async Task SettleAsync(RpcClient rpc, string region)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        for (;;)
        {
            var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var batch in pairs.Chunk(50))
            {
                var answer = (await rpc.CallAsync("DescribeEipAddresses", ApiVersions.Vpc,
                    [new("RegionId", region), new("AllocationId", string.Join(',', batch.Select(p => p.AllocationId))), new("PageSize", "100")]))
                    .EnsureSuccess("DescribeEipAddresses (settling the association pairs)");
                foreach (var eip in answer.Json().GetProperty("EipAddresses").GetProperty("EipAddress").EnumerateArray())
                    statuses[eip.GetProperty("AllocationId").GetString()!] = eip.GetProperty("Status").GetString()!;
            }

            if (statuses.Values.All(s => s == "Available"))
                return;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"association pairs not Available after 120 s: {string.Join(", ", statuses.Where(s => s.Value != "Available").Take(5))}");
            foreach (var pair in pairs.Where(p => statuses.GetValueOrDefault(p.AllocationId) == "InUse"))
                await EipCalls.UnassociateAsync(rpc, region, pair);
            await Task.Delay(50);
        }
    }
}
