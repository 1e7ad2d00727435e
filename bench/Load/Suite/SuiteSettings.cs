namespace OpenEip.LoadBench.Suite;

/// <summary>The run's settings as the page states them.</summary>
public sealed record SuiteSettings(
    IReadOnlyList<int> ClientLevels, double WarmupSeconds, double DurationSeconds, double SizeWarmupSeconds, double SizeDurationSeconds, double MaxExtensionSeconds,
    IReadOnlyList<long> Sizes, long ApiFillLimit, int PairsPerClient, IReadOnlyList<string> SizePool, IReadOnlyList<string> MutatingPool,
    int CeilingRounds = 1);
