using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>The history event and side effects of each scheduling action; the event's id is the action's id.</summary>
internal static class ActionApplier
{
    public static void ScheduleTask(TurnBuilder turn, WorkflowAction action)
    {
        var task = action.ScheduleTask;
        var scheduled = turn.Event(action.Id, action.Router);
        scheduled.TaskScheduled = new TaskScheduledEvent
        {
            Name = task.Name,
            Version = task.Version,
            Input = task.Input,
            TaskExecutionId = task.TaskExecutionId,
            ParentTraceContext = turn.Start?.ParentTraceContext,
        };
        turn.Outcome.AppendedEvents.Add(scheduled);
        turn.Outcome.ActivityTasks.Add(new ActivityRequest
        {
            Name = task.Name,
            Version = task.Version,
            Input = task.Input,
            WorkflowInstance = new WorkflowInstance { InstanceId = turn.Turn.InstanceId, ExecutionId = turn.Outcome.ExecutionId },
            TaskId = action.Id,
            TaskExecutionId = task.TaskExecutionId,
            // The SDK runs the activity inside an Activity parented on this, so what the activity publishes
            // continues the trace that started the workflow (the placement request's).
            ParentTraceContext = turn.Start?.ParentTraceContext,
        });
    }

    public static void CreateTimer(TurnBuilder turn, WorkflowAction action)
    {
        var timer = action.CreateTimer;
        var created = turn.Event(action.Id, action.Router);
        created.TimerCreated = new TimerCreatedEvent { FireAt = timer.FireAt, Name = timer.Name };
        switch (timer.OriginCase)
        {
            case CreateTimerAction.OriginOneofCase.CreateTimer:
                created.TimerCreated.CreateTimer = timer.CreateTimer;
                break;
            case CreateTimerAction.OriginOneofCase.ExternalEvent:
                created.TimerCreated.ExternalEvent = timer.ExternalEvent;
                break;
            case CreateTimerAction.OriginOneofCase.ActivityRetry:
                created.TimerCreated.ActivityRetry = timer.ActivityRetry;
                break;
            case CreateTimerAction.OriginOneofCase.ChildWorkflowRetry:
                created.TimerCreated.ChildWorkflowRetry = timer.ChildWorkflowRetry;
                break;
        }

        turn.Outcome.AppendedEvents.Add(created);
        if (HistoryEvents.NeverFires(timer.FireAt))
        {
            return;
        }

        var fired = HistoryEvents.External(timer.FireAt.ToDateTime());
        fired.TimerFired = new TimerFiredEvent { TimerId = action.Id, FireAt = timer.FireAt };
        turn.Outcome.Messages.Add(new OutboundMessage(turn.Turn.InstanceId, fired, timer.FireAt.ToDateTime()));
    }

    public static void CreateChildWorkflow(TurnBuilder turn, WorkflowAction action)
    {
        var child = action.CreateChildWorkflow;
        var childId = string.IsNullOrEmpty(child.InstanceId) ? $"{turn.Turn.InstanceId}:{action.Id:x4}" : child.InstanceId;
        var created = turn.Event(action.Id, action.Router);
        created.ChildWorkflowInstanceCreated = new ChildWorkflowInstanceCreatedEvent
        {
            InstanceId = childId,
            Name = child.Name,
            Version = child.Version,
            Input = child.Input,
            ParentTraceContext = turn.Start?.ParentTraceContext,
        };
        turn.Outcome.AppendedEvents.Add(created);

        var parent = new ParentInstanceInfo
        {
            TaskScheduledId = action.Id,
            Name = turn.Start?.Name,
            WorkflowInstance = new WorkflowInstance { InstanceId = turn.Turn.InstanceId, ExecutionId = turn.Outcome.ExecutionId },
        };
        var executionId = HistoryEvents.NewExecutionId();
        var start = HistoryEvents.ExecutionStarted(turn.Now, childId, executionId, child.Name, child.Version, child.Input, parent);
        start.ExecutionStarted.ParentTraceContext = turn.Start?.ParentTraceContext;
        turn.Outcome.NewInstances.Add(new NewInstance(
            childId, executionId, child.Name, child.Version, child.Input, turn.Turn.InstanceId, null, start));
    }

    public static void CreateDetachedWorkflow(TurnBuilder turn, WorkflowAction action)
    {
        var detached = action.CreateDetachedWorkflow;
        var instanceId = string.IsNullOrEmpty(detached.InstanceId) ? Guid.NewGuid().ToString() : detached.InstanceId;
        var created = turn.Event(action.Id, action.Router);
        created.DetachedWorkflowInstanceCreated = new DetachedWorkflowInstanceCreatedEvent { InstanceId = instanceId };
        turn.Outcome.AppendedEvents.Add(created);

        var executionId = detached.ExecutionId ?? HistoryEvents.NewExecutionId();
        var start = HistoryEvents.ExecutionStarted(turn.Now, instanceId, executionId, detached.Name, detached.Version, detached.Input, null);
        DateTime? scheduled = detached.ScheduledStartTimestamp?.ToDateTime();
        start.ExecutionStarted.ScheduledStartTimestamp = detached.ScheduledStartTimestamp;
        start.ExecutionStarted.ParentTraceContext = detached.ParentTraceContext;
        turn.Outcome.NewInstances.Add(new NewInstance(
            instanceId, executionId, detached.Name, detached.Version, detached.Input, null, scheduled, start));
    }

    public static void SendEvent(TurnBuilder turn, WorkflowAction action)
    {
        var send = action.SendEvent;
        var targetId = send.Instance?.InstanceId ?? "";
        var sent = turn.Event(action.Id, action.Router);
        sent.EventSent = new EventSentEvent { InstanceId = targetId, Name = send.Name, Input = send.Data };
        turn.Outcome.AppendedEvents.Add(sent);
        turn.Outcome.Messages.Add(new OutboundMessage(targetId, HistoryEvents.EventRaised(turn.Now, send.Name, send.Data)));
    }
}
