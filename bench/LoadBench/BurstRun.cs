using System.Text;
using static Ecommerce.LoadBench.Report;

namespace Ecommerce.LoadBench;

/// <summary>
/// A burst (<c>--burst 20</c>): the rate for 30 s, twice it (or <c>--burst-peak</c>) for 30 s, the rate again for
/// 60 s, open loop, outcomes read afterwards as for a step. Reports each 10 s of placement time (what happened to the
/// orders sent in it), the accepted orders cancelled with RESERVATION_TIMEOUT (the issue allows none), and how long
/// after the burst place→confirmed was back to what it was before it.
/// </summary>
public static class BurstRun
{
    private const int Bucket = 10;

    // "Back to normal": a 10 s bucket's p99 within this factor of the p99 before the burst, and every later one too.
    private const double Normal = 1.5;

    public static async Task<string> RunAsync(
        double rate, OrderPlacer placer, OutcomeReader outcomes, StockLedger stock, BenchOptions options, string run, CancellationToken ct)
    {
        Phase[] phases = [new("before", rate, 30), new("burst", options.BurstPeakRate, 30), new("after", rate, 60)];

        // Units for every order the run offers, and half as many again.
        var offered = rate * options.WarmupSeconds + phases.Sum(p => p.Rate * p.Seconds);
        var stockBefore = await stock.TopUpAsync((int)(offered * 1.5) + 100, ct);
        Console.Error.WriteLine($"Burst: warm-up {options.WarmupSeconds} s at {rate}/s, then " +
            string.Join(", ", phases.Select(p => $"{p.Rate}/s for {p.Seconds} s ({p.Name})")) + "...");
        var warmup = await placer.PlaceAsync(rate, TimeSpan.FromSeconds(options.WarmupSeconds), $"{run}-burst-warm", ct);
        var sent = new List<(Placement Placement, Phase Phase, TimeSpan At)>();
        var offset = TimeSpan.Zero;
        foreach (var phase in phases)
        {
            var placements = await placer.PlaceAsync(phase.Rate, TimeSpan.FromSeconds(phase.Seconds), $"{run}-burst-{phase.Name}", ct);
            sent.AddRange(placements.Select(p => (p, phase, offset + p.SentAt)));
            offset += TimeSpan.FromSeconds(phase.Seconds);
        }

        var warmupIds = warmup.Select(p => p.OrderId).OfType<Guid>();
        var settled = (await outcomes.WaitForOutcomesAsync([.. warmupIds, .. sent.Select(s => s.Placement.OrderId).OfType<Guid>()], ct))
            .ToDictionary(o => o.OrderId);
        var stockTaken = stockBefore - await stock.OnHandAsync(ct);
        return Render(phases, sent, settled, stockTaken);
    }

    private static string Render(
        Phase[] phases, List<(Placement Placement, Phase Phase, TimeSpan At)> sent, Dictionary<Guid, OrderOutcome> settled, int stockTaken)
    {
        var text = new StringBuilder();
        text.AppendLine("Burst: " + string.Join(", ", phases.Select(p => Invariant($"{p.Rate:0}/s for {p.Seconds} s ({p.Name})"))) + ", open loop.");
        text.AppendLine();
        text.AppendLine("| placed in | offered/s | accepted | refused | confirmed | cancelled (reason) | left Placed | place→confirmed p50 / p99 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        var buckets = sent.GroupBy(s => (int)(s.At.TotalSeconds / Bucket)).OrderBy(g => g.Key)
            .Select(g => new BucketResult(g.Key * Bucket, g.First().Phase, [.. g.Select(s => s.Placement)],
                [.. g.Select(s => s.Placement.OrderId).OfType<Guid>().Select(id => settled.GetValueOrDefault(id)).OfType<OrderOutcome>()]))
            .ToList();
        foreach (var bucket in buckets)
        {
            var cancelled = bucket.Outcomes.Where(o => o.Status == "Cancelled").GroupBy(o => o.CancellationReason ?? "?")
                .Select(g => $"{g.Count()} {g.Key}").DefaultIfEmpty("0");
            text.AppendLine(Invariant(
                $"| {bucket.From}-{bucket.From + Bucket} s ({bucket.Phase.Name}) | {bucket.Placements.Count / (double)Bucket:0} | {bucket.Placements.Count(p => p.Accepted)} | {bucket.Placements.Count(p => p.Refused)} | {bucket.Confirmed.Count()} | {string.Join(", ", cancelled)} | {bucket.Outcomes.Count(o => o.Status == "Placed")} | {Ms(bucket.Percentile(50))} / {Ms(bucket.Percentile(99))} |"));
        }

        var accepted = sent.Select(s => s.Placement.OrderId).OfType<Guid>().Select(id => settled.GetValueOrDefault(id)).OfType<OrderOutcome>().ToList();
        var timedOut = accepted.Count(o => o.CancellationReason == "RESERVATION_TIMEOUT");
        var confirmed = settled.Values.Count(o => o.PlaceToConfirmed is not null);
        text.AppendLine();
        text.AppendLine(Invariant($"Accepted orders cancelled with RESERVATION_TIMEOUT: {timedOut} of {accepted.Count}."));
        var before = StepResult.Percentile(buckets.Where(b => b.Phase == phases[0]).SelectMany(b => b.Confirmed), 99);
        var burstEnd = phases[0].Seconds + phases[1].Seconds;
        var after = buckets.Where(b => b.Phase == phases[2]).ToList();
        var recovered = after.FindIndex(b => after.SkipWhile(a => a != b).All(a => a.Percentile(99) <= before * Normal));
        text.AppendLine(recovered < 0
            ? Invariant($"Latency not back to normal (p99 within {Normal}× the {Ms(before)} before the burst) in the {phases[2].Seconds} s after it.")
            : Invariant($"Latency back to normal (p99 within {Normal}× the {Ms(before)} before the burst) for orders placed from {after[recovered].From - burstEnd} s after the burst ended."));
        text.AppendLine(Invariant($"Stock check: {stockTaken} units left the shelf for {confirmed} confirmed orders (warm-up included): {(stockTaken == confirmed ? "balanced" : "MISMATCH")}."));
        return text.ToString();
    }

    private sealed record Phase(string Name, double Rate, int Seconds);

    private sealed record BucketResult(int From, Phase Phase, IReadOnlyList<Placement> Placements, IReadOnlyList<OrderOutcome> Outcomes)
    {
        public IEnumerable<TimeSpan> Confirmed => Outcomes.Select(o => o.PlaceToConfirmed).OfType<TimeSpan>();

        public TimeSpan Percentile(double percentile) => StepResult.Percentile(Confirmed, percentile);
    }
}
