using System.Globalization;
using OpenEip.LoadBench.Load;

namespace OpenEip.LoadBench.Suite;

/// <summary>Finding results in a store's report, and writing numbers the way the page shows them.</summary>
public static class Figures
{
    public const string Healthz = "GET /healthz (unsigned)";
    public const string NoOpV3 = "DescribeRegions (signed V3)";
    public const string NoOpV1 = "DescribeRegions (signed V1)";

    /// <summary>The run of a scenario; of several (the ceilings are measured in rounds), the median by throughput.</summary>
    public static ScenarioResult? Find(StoreReport store, string scenario, int clients, long? inAccount = null, long? inStore = null) =>
        Median(Runs(store, scenario, clients, inAccount, inStore));

    public static IReadOnlyList<ScenarioResult> Runs(StoreReport store, string scenario, int clients, long? inAccount = null, long? inStore = null) =>
        store.Results.Where(r => r.Scenario == scenario && r.Clients == clients
            && (inAccount is null || r.AccountEips == inAccount) && (inStore is null || r.StoreEips == inStore)).ToList();

    /// <summary>The median run by throughput; of an even number, the higher of the middle two, so that no share of it is overstated.</summary>
    public static ScenarioResult? Median(IEnumerable<ScenarioResult> runs)
    {
        var ordered = runs.OrderBy(r => r.Headline.PerSecond).ToList();
        return ordered.Count == 0 ? null : ordered[ordered.Count / 2];
    }

    public static string Rate(double perSecond) => perSecond.ToString(perSecond >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);

    public static string Ms(double ms) => ms.ToString(ms >= 100 ? "N0" : ms >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture);

    public static string Percent(double ratio) => double.IsFinite(ratio) ? (ratio * 100).ToString("N0", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Times(double ratio) => double.IsFinite(ratio) ? ratio.ToString("N2", CultureInfo.InvariantCulture) + "×" : "–";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Size(long n) => n switch
    {
        >= 1_000_000 when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 when n % 1_000 == 0 => $"{n / 1_000}k",
        _ => Count(n),
    };

    public static double Ratio(double part, double whole) => whole > 0 ? part / whole : double.NaN;

    public static string Errors(ScenarioResult result) =>
        result.ErrorCount == 0 ? "0" : string.Join("; ", result.Errors.Select(e => $"{e.Key} ×{e.Value}"));
}
