using System.Diagnostics;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// The measured stretch of a run, in Stopwatch ticks: a request counts when it started after the warm-up ended and
/// finished before the duration did. Requests of the warm-up (connections opening, the server's code tiering up) and
/// those cut by the end are left out, so throughput is completed requests over exactly the window's length.
/// </summary>
public sealed class MeasurementWindow(TimeSpan warmup, TimeSpan duration)
{
    public long Start { get; } = Stopwatch.GetTimestamp() + Ticks(warmup);

    public long End => Start + Ticks(duration);

    public TimeSpan Duration => duration;

    public bool Contains(long start, long end) => start >= Start && end <= End;

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
