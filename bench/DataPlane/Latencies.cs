using System.Diagnostics;

namespace OpenEip.DataPlaneBench;

/// <summary>Times repeated calls and prints median, p90, p99 and max in milliseconds.</summary>
internal static class Latencies
{
    public static async Task<double[]> MeasureAsync(string what, int count, Func<int, Task> call)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Print(what, samples);
        return samples;
    }

    public static async Task<double> OnceAsync(string what, Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine($"| {what} | 1 | {elapsed:F1} ms | | | |");
        return elapsed;
    }

    public static void Print(string what, double[] samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
        Console.WriteLine($"| {what} | {samples.Length} | {At(0.5):F2} ms | {At(0.9):F2} ms | {At(0.99):F2} ms | {sorted[^1]:F2} ms |");
    }
}
