namespace OpenEip.LoadBench.Suite;

/// <summary>The server's resident memory at a size: after its start (or fill), after the size's runs, and its peak.</summary>
public sealed record MemoryRecord(long SizeStep, long AccountEips, long StoreEips, double BeforeMiB, double AfterMiB, double PeakMiB);
