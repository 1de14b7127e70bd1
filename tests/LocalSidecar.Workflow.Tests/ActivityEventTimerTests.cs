using System.Diagnostics;
using Dapr.Workflow;
using Dapr.Workflow.Client;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class ActivityEventTimerTests(WorkflowFixture fixture)
{
    private static readonly TimeSpan CoolDown = TimeSpan.FromSeconds(1);
    private DaprWorkflowClient Client => fixture.App.Client;

    [Fact]
    public async Task Activity_then_event_then_timer_completes_on_the_event_path()
    {
        var clock = Stopwatch.StartNew();
        var id = await Client.ScheduleNewWorkflowAsync(
            nameof(ApprovalWorkflow), $"approve-{Guid.NewGuid():N}", new ApprovalInput("Ada", TimeSpan.FromSeconds(30), CoolDown));
        await WaitForCustomProgressAsync(id);

        await Client.RaiseEventAsync(id, ApprovalWorkflow.ApprovalEvent, "approved");
        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("Hello, Ada; approved", state.ReadOutputAs<string>());
        Assert.True(clock.Elapsed >= CoolDown, "the durable timer must delay completion");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the event, not the timeout, must have ended the wait");
    }

    [Fact]
    public async Task Activity_then_event_then_timer_completes_on_the_timeout_path()
    {
        var approvalTimeout = TimeSpan.FromSeconds(2);
        var clock = Stopwatch.StartNew();
        var id = await Client.ScheduleNewWorkflowAsync(
            nameof(ApprovalWorkflow), $"timeout-{Guid.NewGuid():N}", new ApprovalInput("Bob", approvalTimeout, CoolDown));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("Hello, Bob; timed out", state.ReadOutputAs<string>());
        Assert.True(clock.Elapsed >= approvalTimeout + CoolDown, $"took {clock.Elapsed}, less than the timeout plus the timer");
    }

    [Fact]
    public async Task An_event_raised_before_the_workflow_waits_for_it_is_kept()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), $"early-{Guid.NewGuid():N}", "early");

        await Client.RaiseEventAsync(id, WaitForEventWorkflow.GoEvent, "already here");
        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal("early: already here", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_event_sent_by_another_workflow_is_delivered()
    {
        var receiver = await Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), $"receiver-{Guid.NewGuid():N}", "receiver");

        var sender = await Client.ScheduleNewWorkflowAsync(nameof(SenderWorkflow), $"sender-{Guid.NewGuid():N}", receiver);
        var sent = await Client.WaitForWorkflowCompletionAsync(sender, cancellation: Timeout());
        var received = await Client.WaitForWorkflowCompletionAsync(receiver, cancellation: Timeout());

        Assert.Equal("sent", sent.ReadOutputAs<string>());
        Assert.Equal("receiver: from sender", received.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_workflow_waiting_without_timeout_stays_running_and_keeps_its_custom_status()
    {
        var id = await Client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), $"forever-{Guid.NewGuid():N}", "forever");
        await Client.WaitForWorkflowStartAsync(id, cancellation: Timeout());

        // The custom status is written by the workflow's first turn: once it is visible, that turn (and its
        // never-firing timer) is in the store, and nothing else is scheduled that could end the instance.
        var state = await Client.GetWorkflowStateAsync(id);
        var timeout = Timeout();
        while (state?.ReadCustomStatusAs<string>() != "waiting")
        {
            await Task.Delay(50, timeout);
            state = await Client.GetWorkflowStateAsync(id);
        }

        Assert.Equal(WorkflowRuntimeStatus.Running, state.RuntimeStatus);
        await Client.TerminateWorkflowAsync(id);
    }

    private async Task WaitForCustomProgressAsync(string id)
    {
        // The workflow is waiting for the event once the activity's result has been processed.
        var timeout = Timeout();
        while ((await Client.GetInstanceHistoryAsync(id, timeout)).All(e => e.EventType != WorkflowHistoryEventType.TaskCompleted))
        {
            await Task.Delay(50, timeout);
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
