using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Driver;
using OpenEip.DataPlane.Linux;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlaneBench;

/// <summary>
/// A full resync of N bindings through the real driver and executor, in process, on a synthetic desired
/// state (<see cref="SyntheticState"/>): cold (an empty host), warm (the same driver again: everything in
/// place, its memory certain), and after a restart (a new driver on a host that has everything: what a
/// server start does). Then the EIP path beside N bindings (one bind, one unbind per pass). Each pass is
/// split into the executor's time per kind of action and the driver's own (render, diff, plan). The maps
/// are read back once with nft, so the figures are of work really done. Deletes every namespace it made.
/// </summary>
internal static class FullResync
{
    public static async Task<int> RunAsync(int eips, int hosts, int warmRuns, int eipSamples)
    {
        var before = await new LinuxActionExecutor().ListNamespacesAsync(CancellationToken.None);
        if (before.Where(NamespaceNames.IsOwned).ToList() is { Count: > 0 } owned)
        {
            Console.Error.WriteLine($"cannot run: a data plane is running on this host ({string.Join(", ", owned.Take(5))}); its namespaces would be deleted by a full resync");
            return 1;
        }

        var timing = new TimingExecutor(new LinuxActionExecutor());
        var desired = SyntheticState.Full(eips, hosts);
        Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; full resync of {eips:N0} IpAddress bindings in one VPC with {hosts} instances");
        Console.WriteLine();
        Console.WriteLine("| pass | total ms | driver's own ms (render, diff, plan) | executor ms | executor, by action (count: ms) |");
        Console.WriteLine("|---|---|---|---|---|");
        try
        {
            var driver = NewDriver(timing);
            await PassAsync("cold (empty host)", driver, timing, desired);
            CheckSize(SyntheticState.VpcId, "eip2priv", eips);
            CheckSize(NamespaceNames.Gateway(SyntheticState.Region), "eip_vpc", eips);
            for (var i = 0; i < warmRuns; i++)
                await PassAsync($"warm {i + 1} (same driver, all in place)", driver, timing, desired);
            for (var i = 0; i < warmRuns; i++)
            {
                using var restarted = NewDriver(timing);
                await PassAsync($"restart {i + 1} (new driver, all in place)", restarted, timing, desired);
            }
            CheckSize(SyntheticState.VpcId, "eip2priv", eips);

            if (eipSamples == 0)
                return 0;

            // The hot path beside N bindings: one new binding applied, then withdrawn (a pass each, as the reconciler makes them).
            Console.WriteLine();
            Console.WriteLine($"EIP passes beside {eips:N0} bindings (one EIP each; the bind's time is the driver's share of the first packet):");
            Console.WriteLine("| pass | calls | p50 | p90 | p99 | max |");
            Console.WriteLine("|---|---|---|---|---|---|");
            var binds = new double[eipSamples];
            var unbinds = new double[eipSamples];
            for (var i = 0; i < eipSamples; i++)
            {
                var eip = SyntheticState.Eip(eips + i, generation: 2);
                binds[i] = await TimeAsync(() => driver.ApplyAsync(SyntheticState.Eips(eip), CancellationToken.None));
                unbinds[i] = await TimeAsync(() => driver.ApplyAsync(SyntheticState.Eips(eip with { Generation = 3, Unbinding = true }), CancellationToken.None));
            }
            Latencies.Print("bind (router and gateway elements)", binds);
            Latencies.Print("unbind (elements, then conntrack -D twice)", unbinds);
            driver.Dispose();
        }
        finally
        {
            var cleaner = new LinuxActionExecutor();
            var made = (await cleaner.ListNamespacesAsync(CancellationToken.None)).Except(before).Where(NamespaceNames.IsOwned).ToList();
            await cleaner.ExecuteAsync([.. made.Select(n => new DeleteNamespace(n))], CancellationToken.None);
        }
        return 0;
    }

    private static NftablesDriver NewDriver(IActionExecutor executor) => new(executor, TimeProvider.System, NullLogger<NftablesDriver>.Instance);

    private static async Task PassAsync(string what, NftablesDriver driver, TimingExecutor timing, DesiredState desired)
    {
        timing.Reset();
        var total = await TimeAsync(() => driver.ApplyAsync(desired, CancellationToken.None));
        var kinds = string.Join(", ", timing.ByKind.OrderByDescending(k => k.Value.Milliseconds).Select(k => $"{k.Key} {k.Value.Count}: {k.Value.Milliseconds:F0}"));
        Console.WriteLine($"| {what} | {total:F0} | {total - timing.Milliseconds:F0} | {timing.Milliseconds:F0} | {kinds} |");
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Elements of a map in a namespace's <c>ip openeip</c> table, read with the nft command.</summary>
    private static int MapSize(string ns, string map)
    {
        var start = new ProcessStartInfo("ip", $"netns exec {ns} nft list map ip openeip {map}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elements = output.IndexOf("elements = {", StringComparison.Ordinal);
        return elements < 0 ? 0 : output[elements..].Split(" : ").Length - 1;
    }

    private static void CheckSize(string ns, string map, int expected)
    {
        if (MapSize(ns, map) is var size && size != expected)
            throw new InvalidOperationException($"check failed: {map} in {ns} holds {size} elements, not {expected}");
    }
}
