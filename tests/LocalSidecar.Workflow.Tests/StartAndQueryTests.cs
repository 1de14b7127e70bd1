using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class StartAndQueryTests(WorkflowFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private DaprWorkflowClient Client => fixture.App.Client;

    [Fact]
    public async Task A_workflow_returning_its_input_completes_with_that_output()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), $"echo-{Guid.NewGuid():N}", "ping");

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("ping", state.ReadOutputAs<string>());
        Assert.Equal("ping", state.ReadInputAs<string>());
        Assert.Equal(nameof(EchoWorkflow), state.WorkflowName);
    }

    [Fact]
    public async Task An_unknown_instance_does_not_exist()
    {
        var state = await Client.GetWorkflowStateAsync($"missing-{Guid.NewGuid():N}");

        Assert.False(state.Exists);
    }

    [Fact]
    public async Task A_scheduled_start_stays_pending_until_its_time()
    {
        var startAt = DateTimeOffset.UtcNow.AddSeconds(5);
        var id = await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), $"later-{Guid.NewGuid():N}", "later", startAt);

        var before = await Client.GetWorkflowStateAsync(id);
        var done = await Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);

        Assert.Equal(WorkflowRuntimeStatus.Pending, before.RuntimeStatus);
        Assert.Equal(WorkflowRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(DateTimeOffset.UtcNow >= startAt);
    }

    [Fact]
    public async Task Starting_a_running_instance_id_again_is_refused()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), $"dup-{Guid.NewGuid():N}", "first");
        await Client.WaitForWorkflowStartAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), id, "second"));

        Assert.Contains("AlreadyExists", error.ToString());
        await Client.TerminateWorkflowAsync(id);
    }

    [Fact]
    public async Task The_id_of_a_finished_instance_can_be_reused()
    {
        var id = $"reuse-{Guid.NewGuid():N}";
        await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), id, "first");
        await Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);

        await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), id, "second");
        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(Timeout).Token);

        Assert.Equal("second", state.ReadOutputAs<string>());
    }
}
