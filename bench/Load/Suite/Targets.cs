using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Scenarios;
using static OpenEip.LoadBench.Suite.Figures;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// Issue 12's targets, judged on one store's figures (the issue judges SQLite on 2 cores; PostgreSQL is shown beside).
/// Latency growth is judged on p50 at 1 client, the service time without queueing; p99 is shown with it.
/// </summary>
public static class Targets
{
    public const string Allocate = "AllocateEipAddress";
    public const string AllocateRelease = "AllocateEipAddress + ReleaseEipAddress";
    public const string AssociateCycle = "AssociateEipAddress + UnassociateEipAddress";
    public const string ToInUse = "AssociateEipAddress → InUse";
    private static readonly string[] MutatingActions = ["AllocateEipAddress", "ReleaseEipAddress", "AssociateEipAddress", "UnassociateEipAddress"];

    public static readonly (string Name, Func<StoreReport, int, TargetVerdict> Judge)[] All =
    [
        ("signed no-op ≥ 50 % of /healthz ({0} clients)", NoOpShare),
        ("every mutating call ≥ 30 % of the signed no-op at {0} clients, p99 < 10 ms", MutatingShare),
        ("call-to-InUse p99 < 20 ms at {0} clients (driver none, ConfirmDelay 0)", CallToInUse),
        ("Describe and allocate latency grow < 2× from 1k to 100k EIPs in one account", (s, _) => Growth(s, 1_000, 100_000)),
        ("… and < 2× from 100k to 1M EIPs in the store", (s, _) => Growth(s, 100_000, 1_000_000)),
        ("memory < 500 MB at 1M EIPs", (s, _) => Memory(s)),
        ("start-up < 3 s with 1M EIPs", (s, _) => Startup(s)),
    ];

    private static TargetVerdict NoOpShare(StoreReport store, int clients)
    {
        var healthz = Find(store, Healthz, clients);
        var v3 = Find(store, NoOpV3, clients);
        var v1 = Find(store, NoOpV1, clients);
        if (healthz is null || v3 is null)
            return new("not measured", null);
        var ratio = Ratio(v3.Headline.PerSecond, healthz.Headline.PerSecond);
        var v1Text = v1 is null ? "" : $" (V1: {Percent(Ratio(v1.Headline.PerSecond, healthz.Headline.PerSecond))})";
        return new($"V3 {Rate(v3.Headline.PerSecond)}/s of {Rate(healthz.Headline.PerSecond)}/s = {Percent(ratio)}{v1Text}", ratio >= 0.5);
    }

    private static TargetVerdict MutatingShare(StoreReport store, int clients)
    {
        var noOp = Find(store, NoOpV3, clients);
        if (noOp is null)
            return new("not measured", null);
        var parts = new List<string>();
        var met = true;
        foreach (var scenario in new[] { Allocate, AllocateRelease, AssociateCycle })
        {
            if (Find(store, scenario, clients) is not { } result)
                continue;
            var ratio = Ratio(result.Headline.PerSecond, noOp.Headline.PerSecond);
            var p99s = result.Metrics.Where(m => MutatingActions.Contains(m.Key)).Select(m => $"{Short(m.Key)} {Ms(m.Value.P99Ms)}").ToList();
            met &= ratio >= 0.3 && result.Metrics.Where(m => MutatingActions.Contains(m.Key)).All(m => m.Value.P99Ms < 10);
            parts.Add($"{Short(scenario)} {Percent(ratio)}, p99 {string.Join(" / ", p99s)} ms");
        }

        return parts.Count == 0 ? new("not measured", null) : new(string.Join("; ", parts), met);
    }

    private static TargetVerdict CallToInUse(StoreReport store, int clients)
    {
        if (Find(store, ToInUse, clients) is not { } result || !result.Metrics.TryGetValue(CallToInUseScenario.ToInUse, out var inUse))
            return new("not measured", null);
        return new($"p99 {Ms(inUse.P99Ms)} ms (p50 {Ms(inUse.P50Ms)})", inUse.P99Ms < 20);
    }

    /// <summary>The size runs' latencies at <paramref name="to"/> over those at <paramref name="from"/> (p50, 1 client).</summary>
    public static IEnumerable<(string What, MetricSummary From, MetricSummary To)> GrowthPairs(StoreReport store, long from, long to)
    {
        foreach (var query in store.Results.Where(r => r.Group == "size" && r.Clients == 1 && r.SizeStep == from))
        {
            if (store.Results.FirstOrDefault(r => r.Group == "size" && r.Clients == 1 && r.SizeStep == to && r.Scenario == query.Scenario) is not { } later)
                continue;
            if (query.Scenario == AllocateRelease)
            {
                foreach (var action in new[] { "AllocateEipAddress", "ReleaseEipAddress" })
                {
                    if (query.Metrics.TryGetValue(action, out var a) && later.Metrics.TryGetValue(action, out var b))
                        yield return (action, a, b);
                }
            }
            else
            {
                yield return (query.Scenario, query.Headline, later.Headline);
            }
        }
    }

    private static TargetVerdict Growth(StoreReport store, long from, long to)
    {
        var pairs = GrowthPairs(store, from, to).Where(p => p.What != "ReleaseEipAddress").ToList();
        if (pairs.Count == 0)
            return new("not measured in this run", null);
        var worst = pairs.MaxBy(p => Ratio(p.To.P50Ms, p.From.P50Ms));
        var ratio = Ratio(worst.To.P50Ms, worst.From.P50Ms);
        return new($"worst {Times(ratio)} ({Short(worst.What)}, p50 {Ms(worst.From.P50Ms)} → {Ms(worst.To.P50Ms)} ms)",
            pairs.All(p => Ratio(p.To.P50Ms, p.From.P50Ms) < 2));
    }

    private static TargetVerdict Memory(StoreReport store)
    {
        if (store.Memory.FirstOrDefault(m => m.SizeStep == 1_000_000) is not { } at1M)
            return new("not measured in this run", null);
        // MB as the issue writes it; /proc reports KiB, so MiB × 1.048576.
        var mb = Math.Max(at1M.AfterMiB, at1M.PeakMiB) * 1.048576;
        return new($"RSS {at1M.AfterMiB:N0} MiB after the runs, peak {at1M.PeakMiB:N0} MiB ({mb:N0} MB)", mb < 500);
    }

    private static TargetVerdict Startup(StoreReport store)
    {
        if (store.Startups.FirstOrDefault(s => s.SizeStep == 1_000_000) is not { } at1M)
            return new("not measured in this run", null);
        return new($"{at1M.Seconds:N2} s to /readyz", at1M.Seconds < 3);
    }

    public static string Short(string what) => what
        .Replace("DescribeEipAddresses, ", "Describe ", StringComparison.Ordinal)
        .Replace("AllocateEipAddress + ReleaseEipAddress", "Allocate+Release", StringComparison.Ordinal)
        .Replace("AssociateEipAddress + UnassociateEipAddress", "Associate+Unassociate", StringComparison.Ordinal)
        .Replace("EipAddress", "", StringComparison.Ordinal);
}
