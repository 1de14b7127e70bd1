using System.Diagnostics;

namespace Ecommerce.WorkflowBench;

/// <summary>
/// CPU time used so far by this process (backend, SDK worker and client) and by the PostgreSQL server: the postmaster,
/// its live backends, and the backends it has reaped (its children's times).
/// </summary>
public sealed class CpuClock(string postgresDataDir)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public (TimeSpan Bench, TimeSpan Postgres) Read()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(postgresDataDir, "postmaster.pid")).First());
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !TryReadStat(dir, out var fields))
            {
                continue;
            }

            // Fields after the command: [1] ppid; [11] utime, [12] stime, [13] cutime, [14] cstime (reaped children),
            // summed as bench/LoadBench's ProcessSampler sums them.
            if (pid == postmaster || int.Parse(fields[1]) == postmaster)
            {
                ticks += fields[11..15].Sum(long.Parse);
            }
        }

        return (Process.GetCurrentProcess().TotalProcessorTime, TimeSpan.FromSeconds(ticks / TicksPerSecond));
    }

    private static bool TryReadStat(string dir, out string[] fields)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return true;
        }
        catch (IOException)
        {
            fields = [];
            return false;
        }
    }
}
