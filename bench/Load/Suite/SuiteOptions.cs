namespace OpenEip.LoadBench.Suite;

/// <summary>How the suite runs: the full run, or <c>--quick</c> (short runs, 1k and 10k EIPs only, no /12 pool).</summary>
public sealed record SuiteOptions
{
    public required bool Quick { get; init; }

    public required IReadOnlyList<StoreKind> Stores { get; init; }

    /// <summary>An Npgsql connection string without Database (scripts/throwaway-postgres.sh prints one); the suite creates its database.</summary>
    public string? PostgresConnection { get; init; }

    /// <summary>The benchmark cluster's postmaster, so that its CPU is told apart from other clusters on the machine.</summary>
    public int? PostmasterPid { get; init; }

    public required string RepositoryRoot { get; init; }

    public required string ServerDll { get; init; }

    public required string ResultsDirectory { get; init; }

    /// <summary>Where the generated page goes (docs/performance.md); null: only the results JSON.</summary>
    public string? MarkdownPath { get; init; }

    public IReadOnlyList<int> ClientLevels { get; init; } = [1, 16, 64];

    /// <summary>For a try-out of the harness: overrides of the durations (seconds) and sizes below.</summary>
    public double? WarmupOverride { get; init; }

    public double? DurationOverride { get; init; }

    public IReadOnlyList<long>? SizesOverride { get; init; }

    /// <summary>Which parts run (ceilings, mutating, sizes): all for a page; fewer to measure one change quickly.</summary>
    public IReadOnlySet<string> Parts { get; init; } = new HashSet<string>(["ceilings", "mutating", "sizes"], StringComparer.Ordinal);

    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupOverride ?? (Quick ? 1 : 3));

    public TimeSpan Duration => TimeSpan.FromSeconds(DurationOverride ?? (Quick ? 2 : 8));

    /// <summary>The size runs are many (4 queries and a cycle, 3 levels, 4 sizes, 2 stores), so each is shorter.</summary>
    public TimeSpan SizeWarmup => TimeSpan.FromSeconds(WarmupOverride ?? (Quick ? 0.5 : 2));

    public TimeSpan SizeDuration => TimeSpan.FromSeconds(DurationOverride ?? (Quick ? 1.5 : 4));

    /// <summary>EIPs in the measured account, then in the store: 1k, 10k, 100k in one account; 1M in the store (the account stays at 100k).</summary>
    public IReadOnlyList<long> Sizes => SizesOverride ?? (Quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000]);

    /// <summary>Up to this many EIPs per account are allocated through the API; beyond, the bulk fill (Suite/BulkFill.cs).</summary>
    public long ApiFillLimit { get; init; } = 10_000;

    /// <summary>How long an API fill may take before the bulk fill does the rest.</summary>
    public TimeSpan ApiFillBudget => Quick ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many times the ceilings are measured at the judged level (the most clients): once at every level before the
    /// mutating runs, then again at the end; the figures are taken against the median. The signed no-op at 64 clients
    /// varied by a third between runs of one build (37k to 51k a second in three full runs, 32k to 41k in five short
    /// ones), while the mutating calls moved by 1 to 2 %: one sample made the ratio targets a draw (issue 12).
    /// </summary>
    public int CeilingRounds { get; init; } = 3;

    /// <summary>Association pairs per client: a client makes this many calls minus one between two calls on one pair.</summary>
    public int PairsPerClient { get; init; } = DefaultPairsPerClient;

    public const int DefaultPairsPerClient = 4;

    /// <summary>How far a window may be extended when too few requests completed in it (slow queries at 64 clients).</summary>
    public TimeSpan MaxExtension => Quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(20);

    /// <summary>
    /// The size region's pool: a /12 (16 × /16, 1,048,544 addresses) when the sizes reach 100k (the full run: 1M EIPs
    /// and the allocate/release cycles beside them), two /16s (131,068) otherwise.
    /// </summary>
    public IReadOnlyList<string> SizePool => Sizes.Max() < 100_000
        ? ["100.64.0.0/16", "100.65.0.0/16"]
        : Enumerable.Range(64, 16).Select(b => $"100.{b}.0.0/16").ToList();

    /// <summary>
    /// The pool of the region of the mutating runs: eight /16s (524,272 addresses), enough for every allocation of the
    /// runs; the EIPs one run allocates hold their addresses through the later runs. (Two were enough at 4,000 Allocates
    /// a second, not at 10,000; four ran out at 13,000, in the last Allocate run, and Allocate+Release then found none.)
    /// </summary>
    public IReadOnlyList<string> MutatingPool { get; init; } =
        ["100.80.0.0/16", "100.81.0.0/16", "100.82.0.0/16", "100.83.0.0/16", "100.84.0.0/16", "100.85.0.0/16", "100.86.0.0/16", "100.87.0.0/16"];
}
