using System.Globalization;
using System.Text;

namespace Ecommerce.LoadBench;

/// <summary>The one report a run prints: baselines, the sweep, what an order costs, and CPU and memory per part.</summary>
public static class Report
{
    // A long window (a soak) also reports memory growth: the mean of its first and its last minute, and of each fifth.
    private const int MemoryEnds = 60;
    private const int MemoryStretches = 5;

    public static string Render(string command, Machine machine, BaselineResult? baselines, IReadOnlyList<StepResult> steps)
    {
        var text = new StringBuilder(Header(command, machine));
        if (baselines is not null)
        {
            text.AppendLine("| baseline | figure |");
            text.AppendLine("|---|---|");
            text.AppendLine($"| PostgreSQL commits/s (pgbench -N, 8 clients) | {baselines.PgCommitsPerSecond:0} |");
            text.AppendLine($"| broker produce msgs/s (600 B, acks=all) | {baselines.ProducePerSecond:0} |");
            text.AppendLine($"| broker consume msgs/s | {baselines.ConsumePerSecond:0} |");
            text.AppendLine();
        }

        text.AppendLine("| offered/s | accepted | refused | confirmed/s | cancelled (reason) | left Placed | POST p50 | place→confirmed p50 / p95 / p99 | generator CPU |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var step in steps)
        {
            var cancelled = step.CancelledByReason.Count == 0 ? "0" : string.Join(", ", step.CancelledByReason.Select(c => $"{c.Value} {c.Key}"));
            text.AppendLine(Invariant(
                $"| {step.OfferedRate:0} | {step.Accepted} | {step.Refused}{(step.Failed > 0 ? $" (+{step.Failed} failed)" : "")} | {step.ConfirmedPerSecond:0.0} | {cancelled} | {step.StillPlaced} | {Ms(step.PostPercentile(50))} | {Ms(step.ConfirmPercentile(50))} / {Ms(step.ConfirmPercentile(95))} / {Ms(step.ConfirmPercentile(99))} | {step.GeneratorCpuPercent:0}% |"));
        }

        text.AppendLine();
        text.AppendLine("| offered/s | commits/order | WAL syncs/order | Kafka msgs/order | app→sidecar calls/order | sidecar→app deliveries/order | commits/s used of pgbench's |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var step in steps)
        {
            var orders = Math.Max(1, step.Accepted);
            var commitsPerSecond = step.Costs.Commits / (double)orders * step.ConfirmedPerSecond;
            var share = baselines is null ? "" : Invariant($"{100 * commitsPerSecond / baselines.PgCommitsPerSecond:0}%");
            text.AppendLine(Invariant(
                $"| {step.OfferedRate:0} | {step.Costs.Commits / (double)orders:0.0} | {step.Costs.WalSyncs / (double)orders:0.0} | {step.Costs.KafkaMessages / (double)orders:0.0} | {step.Costs.SidecarCalls / (double)orders:0.0} | {step.Costs.Deliveries / (double)orders:0.0} | {share} |"));
        }

        text.AppendLine();
        foreach (var step in steps)
        {
            var orders = Math.Max(1, step.Accepted);
            text.AppendLine(Invariant($"Commits/order by database at {step.OfferedRate:0}/s: ") + string.Join(", ",
                step.Costs.CommitsByDatabase.Where(d => d.Value > 0).OrderByDescending(d => d.Value)
                    .Select(d => Invariant($"{d.Key} {d.Value / (double)orders:0.0}"))) + ".");
        }

        var groups = steps.SelectMany(s => s.Usage.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        text.AppendLine();
        text.AppendLine("CPU (% of one core, during the window), CPU ms per accepted order, and peak RSS (MiB) per part:");
        text.AppendLine();
        text.AppendLine("| part | " + string.Join(" | ", steps.Select(s => Invariant($"{s.OfferedRate:0}/s"))) + " |");
        text.AppendLine("|---|" + string.Concat(steps.Select(_ => "---|")));
        text.AppendLine("| all parts | " + string.Join(" | ", steps.Select(s => Invariant(
            $"{s.Usage.Values.Sum(u => u.CpuPercent):0}% / {s.Usage.Values.Sum(u => u.CpuPercent) * 10 * s.WindowSeconds / Math.Max(1, s.Accepted):0.0} ms"))) + " |");
        foreach (var group in groups)
        {
            text.AppendLine($"| {group} | " + string.Join(" | ", steps.Select(s => s.Usage.TryGetValue(group, out var u)
                ? Invariant($"{u.CpuPercent:0}% / {u.CpuPercent * 10 * s.WindowSeconds / Math.Max(1, s.Accepted):0.0} ms / {u.PeakRssBytes / 1048576.0:0}")
                : "")) + " |");
        }

        foreach (var step in steps.Where(s => s.WindowSeconds >= 2 * MemoryEnds))
        {
            text.AppendLine();
            var stretch = step.WindowSeconds / MemoryStretches;
            text.AppendLine(Invariant($"Resident memory (MiB) at {step.OfferedRate:0}/s over the {step.WindowSeconds} s window: the mean of the first and of the last {MemoryEnds} s, and of each {stretch} s in turn:"));
            text.AppendLine();
            text.AppendLine("| part | first | last | growth | " + string.Join(" | ", Enumerable.Range(0, MemoryStretches).Select(i => $"{i * stretch}-{(i + 1) * stretch} s")) + " |");
            text.AppendLine("|---|---|---|---|" + string.Concat(Enumerable.Repeat("---|", MemoryStretches)));
            foreach (var (group, usage) in step.Usage.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                var (first, last) = usage.RssAtEnds(MemoryEnds);
                var stretches = string.Join(" | ", usage.RssByStretch(MemoryStretches).Select(rss => Invariant($"{rss / 1048576:0}")));
                text.AppendLine(Invariant($"| {group} | {first / 1048576:0} | {last / 1048576:0} | {100 * (last - first) / first:+0.0;-0.0}% | {stretches} |"));
            }
        }

        text.AppendLine();
        foreach (var step in steps)
        {
            var confirmed = step.Confirmed + step.WarmupConfirmed;
            text.AppendLine(Invariant(
                $"Stock check at {step.OfferedRate:0}/s: {step.StockTaken} units left the shelf for {confirmed} confirmed orders (warm-up included): {(step.StockTaken == confirmed ? "balanced" : "MISMATCH")}."));
        }

        return text.ToString();
    }

    public static string Header(string command, Machine machine) =>
        $"Command: `{command}`\nMachine: {machine.Cores} cores, load average before the run {machine.LoadBefore}, {machine.Started:yyyy-MM-dd HH:mm} UTC\n\n";

    internal static string Ms(TimeSpan value) => Invariant($"{value.TotalMilliseconds:0} ms");

    internal static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed record BaselineResult(double PgCommitsPerSecond, double ProducePerSecond, double ConsumePerSecond);

public sealed record Machine(int Cores, string LoadBefore, DateTime Started);
