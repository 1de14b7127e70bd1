using System.Diagnostics;
using Dapr.Workflow;
using Npgsql;

namespace Ecommerce.WorkflowBench;

/// <summary>
/// Fills the store with instances that have nothing to do: what the backend must not pay for on every poll.
/// Done once no start event is left in the inbox, so each has run its first turn and only waits.
/// </summary>
public static class WaitingInstances
{
    public static async Task StartAsync(DaprWorkflowClient client, string connectionString, int count)
    {
        if (count == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
            await client.ScheduleNewWorkflowAsync(nameof(WaitingWorkflow), $"waiting-{i}", i, null, ct));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var pending = new NpgsqlCommand("SELECT count(*) FROM wf_inbox WHERE visible_at IS NULL OR visible_at <= now()", connection);
        while ((long)(await pending.ExecuteScalarAsync())! > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Console.WriteLine($"{count} waiting instances in the store after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
