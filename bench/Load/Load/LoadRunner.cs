using HdrHistogram;
using OpenEip.LoadBench.Scenarios;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// Runs a scenario with N clients at once: the clients start together, run through the warm-up, are measured for the
/// duration, and are then asked to stop (each finishes the request it has in flight). The clients' histograms are
/// merged into the run's figures.
/// </summary>
public sealed class LoadRunner(int serverPid, TimeSpan warmup, TimeSpan duration)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, int clients, string store, string group, long? sizeStep = null, long? accountEips = null, long? storeEips = null)
    {
        await scenario.PrepareAsync(clients);
        var window = new MeasurementWindow(warmup, duration);
        var metrics = Enumerable.Range(0, clients).Select(_ => new ClientMetrics(window)).ToArray();
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, clients).Select(i => Task.Run(() => scenario.RunClientAsync(i, metrics[i], stop.Token))).ToArray();

        var meter = new CpuMeter(serverPid);
        await Task.Delay(warmup);
        var from = meter.Take();
        await Task.Delay(duration);
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
            DurationSeconds = duration.TotalSeconds,
            Headline = MetricSummary.Of(headline, duration),
            Metrics = merged.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary(m => m.Key, m => MetricSummary.Of(m.Value, duration)),
            Errors = errors,
            Cpu = CpuMeter.Between(from, to),
        };
    }
}
