using OpenEip.LoadBench.Load;

namespace OpenEip.LoadBench.Suite;

/// <summary>Everything measured on one store.</summary>
public sealed record StoreReport
{
    public required string Store { get; init; }

    public string? EngineVersion { get; set; }

    public List<StartupRecord> Startups { get; } = [];

    public List<FillRecord> Fills { get; } = [];

    public List<MemoryRecord> Memory { get; } = [];

    public List<ScenarioResult> Results { get; } = [];

    public double Seconds { get; set; }
}
