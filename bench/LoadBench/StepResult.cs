namespace Ecommerce.LoadBench;

/// <summary>What one offered rate produced in its measured window.</summary>
public sealed record StepResult(
    double OfferedRate,
    int WindowSeconds,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<OrderOutcome> Outcomes,
    IReadOnlyDictionary<string, ProcessUsage> Usage,
    CounterSnapshot Costs,
    double GeneratorCpuPercent,
    int StockTaken,
    int WarmupConfirmed)
{
    public int Accepted => Placements.Count(p => p.Accepted);

    public int Refused => Placements.Count(p => p.Refused);

    public int Failed => Placements.Count(p => !p.Accepted && !p.Refused);

    public int Confirmed => Outcomes.Count(o => o.PlaceToConfirmed is not null);

    public double ConfirmedPerSecond => Confirmed / (double)WindowSeconds;

    public int StillPlaced => Outcomes.Count(o => o.Status == "Placed");

    public IReadOnlyDictionary<string, int> CancelledByReason =>
        Outcomes.Where(o => o.Status == "Cancelled").GroupBy(o => o.CancellationReason ?? "?").ToDictionary(g => g.Key, g => g.Count());

    public TimeSpan ConfirmPercentile(double percentile) => Percentile(Outcomes.Select(o => o.PlaceToConfirmed).OfType<TimeSpan>(), percentile);

    public TimeSpan PostPercentile(double percentile) => Percentile(Placements.Where(p => p.Accepted).Select(p => p.Latency), percentile);

    public static TimeSpan Percentile(IEnumerable<TimeSpan> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
