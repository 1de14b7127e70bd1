using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class ActivityHandOutTests(WorkflowFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // The turn that schedules an activity leases it in its own transaction (one transaction less per activity than a
    // lease by the dispatcher): the task row is locked from the moment it exists, its lease measured from its creation.
    [Fact]
    public async Task A_scheduled_activity_is_leased_by_the_turn_that_scheduled_it()
    {
        var key = $"handout-{Guid.NewGuid():N}";
        var id = await fixture.App.Client.ScheduleNewWorkflowAsync(nameof(SlowActivityWorkflow), key, key);

        var (lockedAtCreation, lease) = await TaskRowAsync(id);

        Assert.True(lockedAtCreation, "the task row was inserted without a lease");
        Assert.Equal(new WorkflowBackendOptions().LeaseDuration, lease);
        var state = await fixture.App.Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);
        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal(1, SlowActivity.RunsOf(key));
    }

    // Waits (the activity runs 3 s) until the task row of the instance exists.
    private async Task<(bool LockedAtCreation, TimeSpan Lease)> TaskRowAsync(string instanceId)
    {
        await using var source = NpgsqlDataSource.Create(fixture.ConnectionString);
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            await using var command = source.CreateCommand(
                "SELECT locked_by IS NOT NULL, lock_expires_at - created_at FROM wf_activity_tasks WHERE instance_id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = instanceId });
            await using var reader = await command.ExecuteReaderAsync(deadline.Token);
            if (await reader.ReadAsync(deadline.Token))
            {
                return (reader.GetBoolean(0), reader.IsDBNull(1) ? TimeSpan.Zero : reader.GetTimeSpan(1));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }
}
