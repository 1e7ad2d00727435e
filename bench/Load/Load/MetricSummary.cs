using HdrHistogram;

namespace OpenEip.LoadBench.Load;

/// <summary>One metric of a run: how many, how many per second of the window, and its latency percentiles in milliseconds.</summary>
public sealed record MetricSummary(long Count, double PerSecond, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static MetricSummary Of(HistogramBase histogram, TimeSpan window) =>
        histogram.TotalCount == 0
            ? new MetricSummary(0, 0, 0, 0, 0, 0, 0)
            : new MetricSummary(
                histogram.TotalCount,
                Math.Round(histogram.TotalCount / window.TotalSeconds, 1),
                Ms(histogram.GetValueAtPercentile(50)),
                Ms(histogram.GetValueAtPercentile(90)),
                Ms(histogram.GetValueAtPercentile(99)),
                Ms(histogram.GetMaxValue()),
                Math.Round(histogram.GetMean() / 1000.0, 3));

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 3);
}
