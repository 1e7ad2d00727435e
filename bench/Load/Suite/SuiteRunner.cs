using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Suite;

/// <summary>The suite: the signer's self-check, every store in turn, then results.json and the generated page.</summary>
public static class SuiteRunner
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        void Say(string text) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {text}");
        if (SignerSelfCheck.Run() is { Count: > 0 } failures)
        {
            Console.Error.WriteLine("the signer does not reproduce wire-protocol.md's examples:\n  " + string.Join("\n  ", failures));
            return 1;
        }

        Directory.CreateDirectory(options.ResultsDirectory);
        var report = new SuiteReport
        {
            Quick = options.Quick,
            Started = DateTimeOffset.UtcNow,
            Machine = MachineFacts.Read(options.RepositoryRoot),
            Settings = new SuiteSettings(options.ClientLevels, options.Warmup.TotalSeconds, options.Duration.TotalSeconds, options.SizeWarmup.TotalSeconds,
                options.SizeDuration.TotalSeconds, options.MaxExtension.TotalSeconds, options.Sizes, options.ApiFillLimit, options.PairsPerClient,
                options.SizePool, options.MutatingPool, options.CeilingRounds),
        };
        Say($"{(options.Quick ? "quick run" : "full run")}: stores {string.Join(", ", options.Stores)}; results in {options.ResultsDirectory}");
        foreach (var store in options.Stores)
        {
            report.Stores.Add(await new StoreRun(options, store, Say).RunAsync());
            await WriteAsync(options, report);
        }

        report.Finished = DateTimeOffset.UtcNow;
        report.LoadAverageAtEnd = MachineFacts.LoadAverage();
        await WriteAsync(options, report);
        if (options.MarkdownPath is { } path)
        {
            await File.WriteAllTextAsync(path, PerformancePage.Render(report));
            Say($"wrote {path}");
        }

        Say($"total time {clock.Elapsed.TotalMinutes:N1} minutes");
        return 0;
    }

    public static async Task<int> RenderAsync(string resultsJson, string markdownPath)
    {
        var report = JsonSerializer.Deserialize<SuiteReport>(await File.ReadAllTextAsync(resultsJson), Json)
            ?? throw new InvalidOperationException($"{resultsJson} holds no report");
        await File.WriteAllTextAsync(markdownPath, PerformancePage.Render(report));
        return 0;
    }

    private static Task WriteAsync(SuiteOptions options, SuiteReport report) =>
        File.WriteAllTextAsync(Path.Combine(options.ResultsDirectory, "results.json"), JsonSerializer.Serialize(report, Json));
}
