namespace OpenEip.LoadBench.Suite;

/// <summary>A server start: what the store held, how long to /readyz, and its memory right after.</summary>
public sealed record StartupRecord(string Label, long? SizeStep, long PoolAddresses, long Eips, double Seconds, double RssMiB);
