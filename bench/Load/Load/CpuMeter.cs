using System.Globalization;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// CPU time from /proc (Linux): utime + stime of a process (fields 14 and 15 of /proc/PID/stat, in clock ticks of
/// 1/100 s), of the benchmark's PostgreSQL cluster, and of the whole machine (/proc/stat, less idle and iowait). The
/// cluster's is its postmaster and the postmaster's children, each with its reaped children (cutime + cstime, fields 16
/// and 17): the postmaster reaps the parallel workers a query starts and stops within a window, which a sum over live
/// processes alone would miss. Other clusters on the machine (other people's tests) count as others.
/// </summary>
public sealed class CpuMeter(int serverPid, int? postmasterPid)
{
    private const double TicksPerSecond = 100;

    public sealed record Sample(long Server, long Client, long Postgres, long Machine, DateTime Time);

    public Sample Take() =>
        new(ProcessTicks(serverPid), ProcessTicks(Environment.ProcessId), postmasterPid is { } pid ? ClusterTicks(pid) : 0, MachineTicks(), DateTime.UtcNow);

    public static CpuUse Between(Sample from, Sample to)
    {
        var seconds = Math.Max(0.001, (to.Time - from.Time).TotalSeconds);
        double Cores(long ticks) => Math.Round(ticks / TicksPerSecond / seconds, 2);
        return new CpuUse(Cores(to.Server - from.Server), Cores(to.Client - from.Client), Cores(Math.Max(0, to.Postgres - from.Postgres)), Cores(to.Machine - from.Machine));
    }

    public static long ProcessTicks(int pid, bool withChildren = false)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return Field(11) + Field(12) + (withChildren ? Field(13) + Field(14) : 0);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long ClusterTicks(int postmaster)
    {
        var total = ProcessTicks(postmaster, withChildren: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == postmaster)
                continue;
            try
            {
                var stat = File.ReadAllText($"{dir}/stat");
                var parent = stat[(stat.LastIndexOf(')') + 2)..].Split(' ', 3)[1];
                if (parent == postmaster.ToString(CultureInfo.InvariantCulture))
                    total += ProcessTicks(pid, withChildren: true);
            }
            catch (IOException)
            {
                // The process ended meanwhile: the postmaster's reaped-children time has it now.
            }
        }

        return total;
    }

    /// <summary>The postmaster of the cluster in a data directory (the first line of its postmaster.pid), or null.</summary>
    public static int? PostmasterOf(string? dataDirectory)
    {
        var file = dataDirectory is null ? null : Path.Combine(dataDirectory, "postmaster.pid");
        return file is not null && File.Exists(file) && int.TryParse(File.ReadLines(file).First(), out var pid) ? pid : null;
    }

    private static long MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        return fields.Take(8).Sum() - fields[3] - fields[4];
    }
}
