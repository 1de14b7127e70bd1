using System.Diagnostics;
using System.Globalization;

namespace Ecommerce.LoadBench;

/// <summary>
/// CPU and memory of the system's processes, grouped by part (ordering, ordering-sidecar, postgres, kafka, ...), read
/// from /proc once a second while a step runs. CPU is in percent of one core (this machine has two).
/// </summary>
public sealed class ProcessSampler
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static async Task<IReadOnlyDictionary<string, ProcessUsage>> SampleAsync(Func<Task> run, CancellationToken ct)
    {
        var first = Snapshot();
        var clock = Stopwatch.StartNew();
        var rssSamples = new Dictionary<string, List<long>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (group, rss) in Snapshot().GroupBy(p => p.Group).Select(g => (g.Key, g.Sum(p => p.RssBytes))))
                {
                    (rssSamples.TryGetValue(group, out var list) ? list : rssSamples[group] = []).Add(rss);
                }

                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }, CancellationToken.None);

        await run();
        await stop.CancelAsync();
        await sampling;
        var seconds = clock.Elapsed.TotalSeconds;
        var last = Snapshot();
        // Per part, the total of every process at the end less the total of every process at the start: a process
        // that ended meanwhile (a PostgreSQL backend whose pooled connection was closed) left its time in its
        // parent's reaped-children counters, which each total includes, and is neither lost nor counted twice.
        var before = first.GroupBy(p => p.Group).ToDictionary(g => g.Key, g => g.Sum(p => p.CpuTicks));
        return last.GroupBy(p => p.Group).ToDictionary(
            g => g.Key,
            g => new ProcessUsage(
                100 * (g.Sum(p => p.CpuTicks) - before.GetValueOrDefault(g.Key)) / TicksPerSecond / seconds,
                rssSamples.TryGetValue(g.Key, out var samples) ? samples : [g.Sum(p => p.RssBytes)],
                g.Count()));
    }

    private static List<ProcessSample> Snapshot()
    {
        var samples = new List<ProcessSample>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                if (GroupOf(arguments) is not { } group)
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // utime, stime, and cutime, cstime: the time of its children that ended and were waited for.
                var ticks = fields[11..15].Sum(field => long.Parse(field, CultureInfo.InvariantCulture));
                var rssPages = long.Parse(File.ReadAllText(Path.Combine(directory, "statm")).Split(' ')[1], CultureInfo.InvariantCulture);
                samples.Add(new ProcessSample(pid, group, ticks, rssPages * Environment.SystemPageSize));
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return samples;
    }

    /// <summary>Which part of the system a process is, from its command line; null for anything else.</summary>
    public static string? GroupOf(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0)
        {
            return null;
        }

        var line = string.Join(' ', arguments);
        var executable = Path.GetFileName(arguments[0]);
        if (line.Contains("LocalSidecar", StringComparison.Ordinal))
        {
            var appId = arguments.SkipWhile(a => a != "--app-id").Skip(1).FirstOrDefault();
            return appId is null ? "sidecar" : appId + "-sidecar";
        }

        foreach (var service in (string[])["Ordering", "Inventory", "Notifications", "Fulfillment", "Operations", "Identity"])
        {
            if (line.Contains("Ecommerce." + service, StringComparison.Ordinal))
            {
                return service.ToLowerInvariant();
            }
        }

        return line.Contains("Ecommerce.EmbeddedKafka", StringComparison.Ordinal) ? "kafka"
            : line.Contains("Ecommerce.SmtpSink", StringComparison.Ordinal) ? "smtp"
            : line.Contains("Ecommerce.AppHost", StringComparison.Ordinal) || executable.StartsWith("dcp", StringComparison.Ordinal) ? "apphost"
            : executable is "postgres" or "postmaster" || line.StartsWith("postgres:", StringComparison.Ordinal) ? "postgres"
            : null;
    }

    private sealed record ProcessSample(int Pid, string Group, long CpuTicks, long RssBytes);
}

/// <summary>A part's CPU (percent of one core, summed over its processes), its resident memory once a second, its
/// process count.</summary>
public sealed record ProcessUsage(double CpuPercent, IReadOnlyList<long> RssSamples, int Processes)
{
    public long PeakRssBytes => RssSamples.Max();

    /// <summary>Mean resident memory over the first and the last <paramref name="seconds"/> samples.</summary>
    public (double First, double Last) RssAtEnds(int seconds) =>
        (RssSamples.Take(seconds).Average(), RssSamples.TakeLast(seconds).Average());

    /// <summary>Mean resident memory over each of <paramref name="parts"/> equal stretches of the samples, in order:
    /// whether memory levels off or keeps climbing, which the two ends alone do not tell.</summary>
    public IReadOnlyList<double> RssByStretch(int parts) =>
        [.. Enumerable.Range(0, parts).Select(part => RssSamples
            .Skip(part * RssSamples.Count / parts).Take(Math.Max(1, RssSamples.Count / parts)).Average())];
}
