using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class ChildAndContinueAsNewTests(WorkflowFixture fixture)
{
    private DaprWorkflowClient Client => fixture.App.Client;

    [Fact]
    public async Task A_child_workflow_result_reaches_its_parent()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(ParentWorkflow), $"parent-{Guid.NewGuid():N}", new ChildInput("hi", Fail: false));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("child said HI", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_child_workflow_failure_reaches_its_parent_as_a_task_failure()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(ParentWorkflow), $"parent-{Guid.NewGuid():N}", new ChildInput("no", Fail: true));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("child failed: Child refused 'no'.", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ContinueAsNew_restarts_with_the_new_input_until_the_workflow_completes()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(CounterWorkflow), $"counter-{Guid.NewGuid():N}", new CounterState(0, 5));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());
        var history = await Client.GetInstanceHistoryAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal(5, state.ReadOutputAs<int>());
        Assert.Equal(new CounterState(5, 5), state.ReadInputAs<CounterState>());
        Assert.Single(history, e => e.EventType == Dapr.Workflow.Client.WorkflowHistoryEventType.ExecutionStarted);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
