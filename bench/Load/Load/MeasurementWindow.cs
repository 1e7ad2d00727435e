using System.Diagnostics;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// The measured stretch of a run, in Stopwatch ticks: a request counts when it started after the warm-up ended and
/// finished before the window did. Requests of the warm-up (connections opening, the server's code tiering up) and
/// those cut by the end are left out, so throughput is completed requests over exactly the window's length. A window
/// in which too few requests completed (64 clients queued on a query that takes 50 ms: each waits seconds) is
/// extended by the runner, so that every figure rests on some samples.
/// </summary>
public sealed class MeasurementWindow
{
    private long _end;
    private long _recorded;

    public MeasurementWindow(TimeSpan warmup, TimeSpan duration)
    {
        Start = Stopwatch.GetTimestamp() + Ticks(warmup);
        _end = Start + Ticks(duration);
    }

    public long Start { get; }

    public long End => Volatile.Read(ref _end);

    public TimeSpan Length => TimeSpan.FromSeconds((double)(End - Start) / Stopwatch.Frequency);

    /// <summary>Requests (and derived times) recorded so far, errors included.</summary>
    public long Recorded => Interlocked.Read(ref _recorded);

    public bool Contains(long start, long end) => start >= Start && end <= End;

    public void Count() => Interlocked.Increment(ref _recorded);

    public void Extend(TimeSpan by) => Interlocked.Add(ref _end, Ticks(by));

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
