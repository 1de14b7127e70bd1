using Dapr.Workflow;
using Dapr.Workflow.Client;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class ManagementTests(WorkflowFixture fixture)
{
    private DaprWorkflowClient Client => fixture.App.Client;

    [Fact]
    public async Task Terminate_ends_a_running_workflow_with_the_given_output()
    {
        var id = await StartWaitingAsync("terminate");

        await Client.TerminateWorkflowAsync(id, "stopped by operator");
        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Terminated, state.RuntimeStatus);
        Assert.Equal("stopped by operator", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminate_is_recursive_to_child_workflows()
    {
        var childId = $"child-{Guid.NewGuid():N}";
        var parentId = await Client.ScheduleNewWorkflowAsync(nameof(ParentOfWaitingChildWorkflow), $"parent-{Guid.NewGuid():N}", childId);
        await WaitUntilAsync(async () => (await Client.GetWorkflowStateAsync(childId)).RuntimeStatus == WorkflowRuntimeStatus.Running);

        await Client.TerminateWorkflowAsync(parentId);
        var parent = await Client.WaitForWorkflowCompletionAsync(parentId, cancellation: Timeout());
        var child = await Client.WaitForWorkflowCompletionAsync(childId, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Terminated, parent.RuntimeStatus);
        Assert.Equal(WorkflowRuntimeStatus.Terminated, child.RuntimeStatus);
    }

    [Fact]
    public async Task A_suspended_workflow_holds_events_until_it_is_resumed()
    {
        var id = await StartWaitingAsync("suspend");
        var control = await StartWaitingAsync("control");

        await Client.SuspendWorkflowAsync(id, "maintenance");
        var suspended = await Client.GetWorkflowStateAsync(id);
        await Client.RaiseEventAsync(id, WaitForEventWorkflow.GoEvent, "while suspended");
        await Client.RaiseEventAsync(control, WaitForEventWorkflow.GoEvent, "meanwhile");
        // The control instance, sent the same event just after, has finished: the suspended one would have too.
        await Client.WaitForWorkflowCompletionAsync(control, cancellation: Timeout());
        var stillSuspended = await Client.GetWorkflowStateAsync(id);
        await Client.ResumeWorkflowAsync(id, "done");
        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Suspended, suspended.RuntimeStatus);
        Assert.Equal(WorkflowRuntimeStatus.Suspended, stillSuspended.RuntimeStatus);
        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("suspend: while suspended", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Purge_deletes_a_finished_workflow_and_refuses_a_running_one()
    {
        var finished = await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), $"purge-{Guid.NewGuid():N}", "bye");
        await Client.WaitForWorkflowCompletionAsync(finished, cancellation: Timeout());
        var running = await StartWaitingAsync("purge-running");

        var purged = await Client.PurgeInstanceAsync(finished);
        var gone = await Client.GetWorkflowStateAsync(finished);
        await Assert.ThrowsAnyAsync<Exception>(() => Client.PurgeInstanceAsync(running));

        Assert.True(purged);
        Assert.False(gone.Exists);
        Assert.True((await Client.GetWorkflowStateAsync(running)).Exists);
        await Client.TerminateWorkflowAsync(running);
    }

    [Fact]
    public async Task Instance_ids_are_listed_page_by_page()
    {
        var prefix = $"list-{Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
        {
            await Client.ScheduleNewWorkflowAsync(nameof(EchoWorkflow), $"{prefix}-{i}", "x");
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            WorkflowInstancePage page = await Client.ListInstanceIdsAsync(token, pageSize: 3);
            seen.AddRange(page.InstanceIds);
            token = page.ContinuationToken;
            pages++;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}"), seen.Where(s => s.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.True(pages > 1);
    }

    [Fact]
    public async Task The_history_of_a_finished_workflow_runs_from_start_to_completion()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(RetryingWorkflow), $"history-{Guid.NewGuid():N}", new FlakyInput(Guid.NewGuid().ToString(), 0));
        await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        var types = (await Client.GetInstanceHistoryAsync(id)).Select(e => e.EventType).ToList();

        Assert.Equal(WorkflowHistoryEventType.ExecutionStarted, types.First(t => t != WorkflowHistoryEventType.OrchestratorStarted));
        Assert.Contains(WorkflowHistoryEventType.TaskScheduled, types);
        Assert.Contains(WorkflowHistoryEventType.TaskCompleted, types);
        Assert.Equal(WorkflowHistoryEventType.ExecutionCompleted, types[^1]);
    }

    private async Task<string> StartWaitingAsync(string name)
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), $"{name}-{Guid.NewGuid():N}", name);
        await Client.WaitForWorkflowStartAsync(id, cancellation: Timeout());
        return id;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var timeout = Timeout();
        while (!await condition())
        {
            await Task.Delay(50, timeout);
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
