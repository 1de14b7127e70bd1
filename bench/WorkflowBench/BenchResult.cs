namespace Ecommerce.WorkflowBench;

public sealed record BenchResult(BenchSettings Settings, TimeSpan StartPhase, TimeSpan Elapsed, int Failed, TimeSpan P50, TimeSpan P99)
{
    public double WorkflowsPerSecond => Settings.Workflows / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"""
        workflows:      {Settings.Workflows} x {Settings.Activities} activities ({Failed} not completed)
        all started in: {StartPhase.TotalSeconds:F2} s
        all done in:    {Elapsed.TotalSeconds:F2} s
        throughput:     {WorkflowsPerSecond:F1} workflows/s ({WorkflowsPerSecond * (Settings.Activities + 1):F0} orchestrator turns/s)
        duration p50:   {P50.TotalMilliseconds:F0} ms (created -> completed, server clock)
        duration p99:   {P99.TotalMilliseconds:F0} ms
        """;
}
