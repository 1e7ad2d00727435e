namespace OpenEip.LoadBench.Suite;

/// <summary>A whole suite run, as written to results.json and rendered into docs/performance.md.</summary>
public sealed record SuiteReport
{
    public required bool Quick { get; init; }

    public required DateTimeOffset Started { get; init; }

    public DateTimeOffset Finished { get; set; }

    public required MachineFacts Machine { get; init; }

    public required SuiteSettings Settings { get; init; }

    public List<StoreReport> Stores { get; } = [];

    public string? LoadAverageAtEnd { get; set; }
}
