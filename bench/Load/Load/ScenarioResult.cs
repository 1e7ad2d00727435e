namespace OpenEip.LoadBench.Load;

/// <summary>
/// One run of one scenario, as written to the results JSON: where (store; the EIPs in the measured account and in the
/// store, for the size runs), how (clients, warm-up, duration), the headline figure, every metric, errors by code, CPU.
/// </summary>
public sealed record ScenarioResult
{
    public required string Store { get; init; }

    public required string Group { get; init; }

    public required string Scenario { get; init; }

    public required int Clients { get; init; }

    /// <summary>The size step of a size run (1k, 10k, 100k, 1M: the suite's name for it); the two counts below are exact.</summary>
    public long? SizeStep { get; init; }

    public long? AccountEips { get; init; }

    public long? StoreEips { get; init; }

    public required double WarmupSeconds { get; init; }

    public required double DurationSeconds { get; init; }

    public required MetricSummary Headline { get; init; }

    public required IReadOnlyDictionary<string, MetricSummary> Metrics { get; init; }

    public required IReadOnlyDictionary<string, long> Errors { get; init; }

    public long ErrorCount => Errors.Values.Sum();

    public required CpuUse Cpu { get; init; }
}
