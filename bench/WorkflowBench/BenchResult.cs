namespace Ecommerce.WorkflowBench;

public sealed record BenchResult(BenchSettings Settings, TimeSpan StartPhase, TimeSpan Elapsed, int Failed, TimeSpan P50, TimeSpan P99)
{
    public TimeSpan BenchCpu { get; init; }
    public TimeSpan PostgresCpu { get; init; }

    public double WorkflowsPerSecond => Settings.Workflows / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"""
        workflows:      {Settings.Workflows} x {Settings.Activities} activities ({Failed} not completed), {Settings.Waiting} other instances waiting
        all started in: {StartPhase.TotalSeconds:F2} s
        all done in:    {Elapsed.TotalSeconds:F2} s
        throughput:     {WorkflowsPerSecond:F1} workflows/s ({WorkflowsPerSecond * (Settings.Activities + 1):F0} orchestrator turns/s)
        duration p50:   {P50.TotalMilliseconds:F0} ms (created -> completed, server clock)
        duration p99:   {P99.TotalMilliseconds:F0} ms
        CPU/workflow:   {Ms(BenchCpu)} ms bench process (backend, SDK worker, client), {Ms(PostgresCpu)} ms PostgreSQL
        """;

    private string Ms(TimeSpan cpu) => (cpu.TotalMilliseconds / Settings.Workflows).ToString("F1");
}
