using System.Diagnostics;
using HdrHistogram;
using OpenEip.LoadBench.Scenarios;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// Runs a scenario with N clients at once: the clients start together, run through the warm-up, are measured for the
/// duration, and are then asked to stop (each finishes the request it has in flight). The clients' histograms are
/// merged into the run's figures. If fewer than <see cref="MinimumSamples"/> requests completed in the window, it is
/// extended a second at a time, up to <paramref name="maxExtension"/>; the figures say how long it really was.
/// </summary>
public sealed class LoadRunner(int serverPid, int? postmasterPid, TimeSpan warmup, TimeSpan duration, TimeSpan maxExtension)
{
    /// <summary>One completed request per client, and at least 20.</summary>
    public static int MinimumSamples(int clients) => Math.Max(20, clients);

    public async Task<ScenarioResult> RunAsync(Scenario scenario, int clients, string store, string group, long? sizeStep = null, long? accountEips = null, long? storeEips = null)
    {
        await scenario.PrepareAsync(clients);
        var window = new MeasurementWindow(warmup, duration);
        var metrics = Enumerable.Range(0, clients).Select(_ => new ClientMetrics(window)).ToArray();
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, clients).Select(i => Task.Run(() => scenario.RunClientAsync(i, metrics[i], stop.Token))).ToArray();

        var meter = new CpuMeter(serverPid, postmasterPid);
        await Task.Delay(warmup);
        var from = meter.Take();
        // Decide on an extension a little before the window closes, so that no request finishing meanwhile is lost.
        var margin = TimeSpan.FromMilliseconds(300);
        await UntilAsync(window.End, margin);
        while (window.Recorded < MinimumSamples(clients) && window.Length < duration + maxExtension)
        {
            window.Extend(TimeSpan.FromSeconds(1));
            await UntilAsync(window.End, margin);
        }

        await UntilAsync(window.End, TimeSpan.Zero);
        var to = meter.Take();
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        await scenario.CleanUpAsync();

        var merged = new Dictionary<string, LongHistogram>(StringComparer.Ordinal);
        var requests = ClientMetrics.NewHistogram();
        var errors = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var client in metrics)
        {
            foreach (var (name, histogram) in client.Latencies)
            {
                if (!merged.TryGetValue(name, out var total))
                    merged[name] = total = ClientMetrics.NewHistogram();
                total.Add(histogram);
                if (!client.Derived.Contains(name))
                    requests.Add(histogram);
            }

            foreach (var (key, count) in client.Errors)
                errors[key] = errors.GetValueOrDefault(key) + count;
        }

        var headline = scenario.Headline is { } name2 && merged.TryGetValue(name2, out var chosen) ? chosen
            : scenario.Headline is null ? requests : ClientMetrics.NewHistogram();
        return new ScenarioResult
        {
            Store = store,
            Group = group,
            Scenario = scenario.Name,
            Clients = clients,
            SizeStep = sizeStep,
            AccountEips = accountEips,
            StoreEips = storeEips,
            WarmupSeconds = warmup.TotalSeconds,
            DurationSeconds = Math.Round(window.Length.TotalSeconds, 1),
            Headline = MetricSummary.Of(headline, window.Length),
            Metrics = merged.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary(m => m.Key, m => MetricSummary.Of(m.Value, window.Length)),
            Errors = errors,
            Cpu = CpuMeter.Between(from, to),
        };
    }

    private static async Task UntilAsync(long timestamp, TimeSpan before)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp) - before;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait);
    }
}
