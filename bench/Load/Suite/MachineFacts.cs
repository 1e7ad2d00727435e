using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpenEip.LoadBench.Suite;

/// <summary>The machine and versions a run was made on, read when it starts.</summary>
public sealed record MachineFacts(
    string Cpu, int Cores, string Memory, string Kernel, string Os, string Runtime, string Sdk, string Commit, string SqlitePackage, string LoadAverageAtStart)
{
    public static MachineFacts Read(string repositoryRoot)
    {
        string First(string path, string prefix) =>
            File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?" : "?";
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"') ?? "?"
            : RuntimeInformation.OSDescription;
        var memKb = First("/proc/meminfo", "MemTotal").Split(' ')[0];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : "?";
        var commit = Run("git", repositoryRoot, "rev-parse", "--short", "HEAD");
        // The page being rewritten is not a change of the code measured.
        if (Run("git", repositoryRoot, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/performance.md").Length > 0)
            commit += " (with uncommitted changes)";
        return new MachineFacts(
            First("/proc/cpuinfo", "model name"), Environment.ProcessorCount, memory,
            File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "?",
            os, RuntimeInformation.FrameworkDescription, Run("dotnet", repositoryRoot, "--version"), commit,
            typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly.GetName().Version?.ToString() ?? "?", LoadAverage());
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Run(string program, string directory, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            foreach (var argument in arguments)
                info.ArgumentList.Add(argument);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
