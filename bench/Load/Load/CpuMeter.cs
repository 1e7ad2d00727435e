using System.Globalization;

namespace OpenEip.LoadBench.Load;

/// <summary>
/// CPU time from /proc (Linux): utime + stime of a process (fields 14 and 15 of /proc/PID/stat, in clock ticks of
/// 1/100 s), of PostgreSQL, and of the whole machine (/proc/stat, less idle and iowait). PostgreSQL's is every
/// process named postgres with its reaped children (cutime + cstime, fields 16 and 17): the postmaster reaps the
/// parallel workers a query starts and stops within a window, which a sum over live processes alone would miss.
/// </summary>
public sealed class CpuMeter(int serverPid)
{
    private const double TicksPerSecond = 100;

    public sealed record Sample(long Server, long Client, long Postgres, long Machine, DateTime Time);

    public Sample Take() =>
        new(ProcessTicks(serverPid), ProcessTicks(Environment.ProcessId), PostgresTicks(), MachineTicks(), DateTime.UtcNow);

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

    private static long PostgresTicks()
    {
        long total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, out var pid))
                continue;
            try
            {
                if (File.ReadAllText($"{dir}/comm").Trim() == "postgres")
                    total += ProcessTicks(pid, withChildren: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile.
            }
        }

        return total;
    }

    private static long MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        return fields.Take(8).Sum() - fields[3] - fields[4];
    }
}
