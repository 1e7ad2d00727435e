using System.Diagnostics;
using HdrHistogram;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// One client's latencies (an HDR histogram per metric, microseconds, 3 significant digits: under 0.1 % error) and
/// its errors by metric and code. A client is one sequential loop, so nothing here is shared between threads; the
/// runner merges the clients' histograms at the end.
/// </summary>
public sealed class ClientMetrics(MeasurementWindow window)
{
    /// <summary>Up to ten minutes in microseconds.</summary>
    public const long HighestMicroseconds = 600_000_000;

    private readonly Dictionary<string, LongHistogram> _latencies = new(StringComparer.Ordinal);

    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Metrics that are not requests (call-to-InUse), kept out of the request total.</summary>
    public HashSet<string> Derived { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LongHistogram> Latencies => _latencies;

    public MeasurementWindow Window => window;

    /// <summary>A request: its latency when it succeeded, its code when it did not.</summary>
    public void Record(string metric, long start, long end, string? errorCode)
    {
        if (!window.Contains(start, end))
            return;
        window.Count();
        if (errorCode is null)
            Histogram(metric).RecordValue(Microseconds(end - start));
        else
            Errors[$"{metric}: {errorCode}"] = Errors.GetValueOrDefault($"{metric}: {errorCode}") + 1;
    }

    /// <summary>A time spanning several requests (a call until the EIP is InUse).</summary>
    public void RecordDerived(string metric, long start, long end)
    {
        Derived.Add(metric);
        if (!window.Contains(start, end))
            return;
        window.Count();
        Histogram(metric).RecordValue(Microseconds(end - start));
    }

    /// <summary>Something a derived metric could not reach (a poll that timed out), counted with the errors.</summary>
    public void RecordDerivedFailure(string metric, long start, string what)
    {
        Derived.Add(metric);
        if (start >= window.Start && start <= window.End)
            Errors[$"{metric}: {what}"] = Errors.GetValueOrDefault($"{metric}: {what}") + 1;
    }

    private LongHistogram Histogram(string metric)
    {
        if (!_latencies.TryGetValue(metric, out var histogram))
            _latencies[metric] = histogram = NewHistogram();
        return histogram;
    }

    public static LongHistogram NewHistogram() => new(HighestMicroseconds, 3);

    private static long Microseconds(long ticks) =>
        Math.Clamp(ticks * 1_000_000 / Stopwatch.Frequency, 1, HighestMicroseconds);
}
