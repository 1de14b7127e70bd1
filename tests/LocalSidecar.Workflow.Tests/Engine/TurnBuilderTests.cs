using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Engine;

public sealed class TurnBuilderTests
{
    private static readonly DateTime Now = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ScheduleTask_records_the_event_under_the_action_id_and_creates_the_activity_task()
    {
        var outcome = Build(Turn(), Action(3, a => a.ScheduleTask = new ScheduleTaskAction { Name = "Pay", Input = "1", TaskExecutionId = "t" }));

        var scheduled = outcome.AppendedEvents.Single(e => e.TaskScheduled is not null);
        var task = Assert.Single(outcome.ActivityTasks);
        Assert.Equal(3, scheduled.EventId);
        Assert.Equal((3, "Pay", "t", "x"), (task.TaskId, task.Name, task.TaskExecutionId, task.WorkflowInstance.ExecutionId));
        Assert.Equal(OrchestrationStatus.Running, outcome.Status);
    }

    [Fact]
    public void ScheduleTask_passes_the_trace_context_the_workflow_was_started_with_to_the_activity()
    {
        var trace = new TraceContext { TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", TraceState = "k=v" };
        var turn = Turn();
        turn.NewEvents[1].ExecutionStarted.ParentTraceContext = trace;

        var outcome = Build(turn, Action(0, a => a.ScheduleTask = new ScheduleTaskAction { Name = "Pay" }));

        Assert.Equal(trace, Assert.Single(outcome.ActivityTasks).ParentTraceContext);
        Assert.Equal(trace, outcome.AppendedEvents.Single(e => e.TaskScheduled is not null).TaskScheduled.ParentTraceContext);
    }

    [Fact]
    public void ContinueAsNew_keeps_the_trace_context_of_the_first_generation()
    {
        var trace = new TraceContext { TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
        var turn = Turn();
        turn.NewEvents[1].ExecutionStarted.ParentTraceContext = trace;

        var outcome = Build(turn, Action(0, a => a.CompleteWorkflow = new CompleteWorkflowAction { WorkflowStatus = OrchestrationStatus.ContinuedAsNew, Result = "2" }));

        Assert.Equal(trace, outcome.Messages[0].Event.ExecutionStarted.ParentTraceContext);
    }

    [Fact]
    public void A_never_firing_timer_is_recorded_but_not_scheduled()
    {
        var never = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc));

        var outcome = Build(Turn(), Action(0, a => a.CreateTimer = new CreateTimerAction { FireAt = never, ExternalEvent = new TimerOriginExternalEvent { Name = "go" } }));

        Assert.Equal("go", outcome.AppendedEvents.Single(e => e.TimerCreated is not null).TimerCreated.ExternalEvent.Name);
        Assert.Empty(outcome.Messages);
    }

    [Fact]
    public void Completing_a_child_reports_the_result_to_its_parent()
    {
        var parent = new ParentInstanceInfo { TaskScheduledId = 4, WorkflowInstance = new WorkflowInstance { InstanceId = "p" } };

        var outcome = Build(Turn(parent), Action(0, a => a.CompleteWorkflow = new CompleteWorkflowAction
        {
            WorkflowStatus = OrchestrationStatus.Completed,
            Result = "\"ok\"",
        }));

        var message = Assert.Single(outcome.Messages);
        Assert.Equal(("p", 4, "\"ok\""), (message.TargetInstanceId, message.Event.ChildWorkflowInstanceCompleted.TaskScheduledId,
            message.Event.ChildWorkflowInstanceCompleted.Result));
        Assert.True(outcome.IsTerminal);
    }

    [Fact]
    public void ContinueAsNew_starts_a_new_generation_with_the_result_as_input_and_carries_events_over()
    {
        var carried = HistoryEvents.EventRaised(Now, "late", "1");

        var outcome = Build(Turn(), Action(0, a =>
        {
            a.CompleteWorkflow = new CompleteWorkflowAction { WorkflowStatus = OrchestrationStatus.ContinuedAsNew, Result = "2" };
            a.CompleteWorkflow.CarryoverEvents.Add(carried);
        }));

        Assert.True(outcome.ContinuedAsNew);
        Assert.Empty(outcome.AppendedEvents);
        Assert.NotEqual("x", outcome.ExecutionId);
        Assert.Equal("2", outcome.Messages[0].Event.ExecutionStarted.Input);
        Assert.Equal("late", outcome.Messages[1].Event.EventRaised.Name);
    }

    [Fact]
    public void A_terminated_workflow_keeps_the_terminate_reason_as_output_and_terminates_its_children()
    {
        var turn = Turn() with { NewEvents = [HistoryEvents.WorkflowStarted(Now), HistoryEvents.ExecutionTerminated(Now, "\"stop\"", recurse: true)] };

        var outcome = Build(turn, Action(0, a => a.CompleteWorkflow = new CompleteWorkflowAction { WorkflowStatus = OrchestrationStatus.Terminated }));

        Assert.Equal((OrchestrationStatus.Terminated, "\"stop\"", true), (outcome.Status, outcome.Output, outcome.TerminateChildren));
    }

    [Fact]
    public void A_stalled_turn_keeps_its_events_for_a_later_attempt()
    {
        var outcome = Build(Turn(), Action(0, a => a.CompleteWorkflow = new CompleteWorkflowAction { WorkflowStatus = OrchestrationStatus.Stalled }));

        Assert.Equal((OrchestrationStatus.Stalled, true), (outcome.Status, outcome.Stalled));
    }

    private static OrchestrationTurn Turn(ParentInstanceInfo? parent = null) => new(
        "token", "i", "x", OrchestrationStatus.Pending, [],
        [HistoryEvents.WorkflowStarted(Now), HistoryEvents.ExecutionStarted(Now, "i", "x", "W", null, "0", parent)], [1]);

    private static WorkflowAction Action(int id, Action<WorkflowAction> configure)
    {
        var action = new WorkflowAction { Id = id };
        configure(action);
        return action;
    }

    private static TurnOutcome Build(OrchestrationTurn turn, WorkflowAction action)
    {
        var response = new WorkflowResponse { InstanceId = turn.InstanceId, CompletionToken = turn.Token };
        response.Actions.Add(action);
        return TurnBuilder.Build(turn, response, Now);
    }
}
