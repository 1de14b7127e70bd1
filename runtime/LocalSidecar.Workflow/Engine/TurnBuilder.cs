using Dapr.DurableTask.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>
/// Applies a worker's <see cref="WorkflowResponse"/> to a leased turn, as durabletask-go's applyWorkItem does:
/// the dispatched events and one history event per action are appended; actions also produce activity tasks,
/// timers, child instances and messages to other instances.
/// </summary>
internal sealed class TurnBuilder
{
    private readonly OrchestrationTurn _turn;
    private readonly DateTime _now;
    private readonly TurnOutcome _outcome;
    private readonly ExecutionStartedEvent? _start;
    private bool _completed;

    private TurnBuilder(OrchestrationTurn turn, DateTime now)
    {
        _turn = turn;
        _now = now;
        _start = turn.StartEvent;
        _completed = turn.PastEvents.Any(e => e.ExecutionCompleted is not null);
        _outcome = new TurnOutcome { ExecutionId = turn.ExecutionId };
    }

    public static TurnOutcome Build(OrchestrationTurn turn, WorkflowResponse response, DateTime now)
    {
        var builder = new TurnBuilder(turn, now);
        builder.Apply(response);
        return builder._outcome;
    }

    private void Apply(WorkflowResponse response)
    {
        _outcome.CustomStatus = response.CustomStatus;
        foreach (var e in _turn.NewEvents)
        {
            var copy = e.Clone();
            if (copy.WorkflowStarted is not null && response.Version is not null)
            {
                copy.WorkflowStarted.Version = response.Version;
            }

            _outcome.AppendedEvents.Add(copy);
        }

        foreach (var action in response.Actions)
        {
            if (_outcome.ContinuedAsNew)
            {
                break;
            }

            ApplyAction(action);
        }

        if (!_outcome.IsTerminal && !_outcome.ContinuedAsNew)
        {
            _outcome.Status = _outcome.Stalled ? OrchestrationStatus.Stalled
                : IsSuspended() ? OrchestrationStatus.Suspended
                : OrchestrationStatus.Running;
        }
    }

    private void ApplyAction(WorkflowAction action)
    {
        switch (action.WorkflowActionTypeCase)
        {
            case WorkflowAction.WorkflowActionTypeOneofCase.ScheduleTask:
                ActionApplier.ScheduleTask(this, action);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.CreateTimer:
                ActionApplier.CreateTimer(this, action);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.CreateChildWorkflow:
                ActionApplier.CreateChildWorkflow(this, action);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.CreateDetachedWorkflow:
                ActionApplier.CreateDetachedWorkflow(this, action);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.SendEvent:
                ActionApplier.SendEvent(this, action);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.TerminateWorkflow:
                var terminate = action.TerminateWorkflow;
                Outcome.Messages.Add(new OutboundMessage(
                    terminate.InstanceId, HistoryEvents.ExecutionTerminated(Now, terminate.Reason, terminate.Recurse)));
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.CompleteWorkflow:
                Complete(action.CompleteWorkflow);
                break;
            case WorkflowAction.WorkflowActionTypeOneofCase.WorkflowVersionNotAvailable:
                _outcome.Stalled = true;
                break;
        }
    }

    private void Complete(CompleteWorkflowAction complete)
    {
        if (_completed)
        {
            return;
        }

        switch (complete.WorkflowStatus)
        {
            case OrchestrationStatus.ContinuedAsNew:
                ContinueAsNew(complete);
                return;
            case OrchestrationStatus.Stalled:
                _outcome.Stalled = true;
                return;
        }

        _completed = true;
        var terminated = _turn.NewEvents.LastOrDefault(e => e.ExecutionTerminated is not null)?.ExecutionTerminated;
        var result = complete.Result ?? (complete.WorkflowStatus == OrchestrationStatus.Terminated ? terminated?.Input : null);
        var completed = Event(-1);
        completed.ExecutionCompleted = new ExecutionCompletedEvent
        {
            WorkflowStatus = complete.WorkflowStatus,
            Result = result,
            FailureDetails = complete.FailureDetails,
        };
        _outcome.AppendedEvents.Add(completed);
        _outcome.Status = complete.WorkflowStatus;
        _outcome.Output = result;
        _outcome.Failure = complete.FailureDetails;
        if (complete.WorkflowStatus == OrchestrationStatus.Terminated && terminated is { Recurse: true })
        {
            _outcome.TerminateChildren = true;
            _outcome.ChildTerminationReason = terminated.Input;
        }

        NotifyParent(complete.WorkflowStatus, result, complete.FailureDetails);
    }

    private void NotifyParent(OrchestrationStatus status, string? result, TaskFailureDetails? failure)
    {
        var parent = _start?.ParentInstance;
        if (parent?.WorkflowInstance is null)
        {
            return;
        }

        var message = HistoryEvents.External(_now);
        if (status == OrchestrationStatus.Completed)
        {
            message.ChildWorkflowInstanceCompleted = new ChildWorkflowInstanceCompletedEvent
            {
                TaskScheduledId = parent.TaskScheduledId,
                Result = result,
            };
        }
        else
        {
            message.ChildWorkflowInstanceFailed = new ChildWorkflowInstanceFailedEvent
            {
                TaskScheduledId = parent.TaskScheduledId,
                FailureDetails = failure ?? new TaskFailureDetails
                {
                    ErrorType = "WorkflowTerminated",
                    ErrorMessage = $"Child workflow '{_turn.InstanceId}' was terminated.",
                },
            };
        }

        _outcome.Messages.Add(new OutboundMessage(parent.WorkflowInstance.InstanceId, message));
    }

    private void ContinueAsNew(CompleteWorkflowAction complete)
    {
        // A terminate in the same batch wins over the continue-as-new.
        if (_turn.NewEvents.Any(e => e.ExecutionTerminated is not null))
        {
            return;
        }

        _outcome.ContinuedAsNew = true;
        _outcome.ContinuedInput = complete.Result;
        _outcome.ExecutionId = HistoryEvents.NewExecutionId();
        _outcome.AppendedEvents.Clear();
        _outcome.ActivityTasks.Clear();
        _outcome.Messages.RemoveAll(m => m.TargetInstanceId == _turn.InstanceId);
        _outcome.Status = OrchestrationStatus.Running;
        var start = HistoryEvents.ExecutionStarted(
            _now, _turn.InstanceId, _outcome.ExecutionId, _start?.Name ?? "", complete.NewVersion ?? _start?.Version,
            complete.Result, _start?.ParentInstance);
        start.ExecutionStarted.ParentTraceContext = _start?.ParentTraceContext;
        _outcome.Messages.Add(new OutboundMessage(_turn.InstanceId, start));
        foreach (var carried in complete.CarryoverEvents)
        {
            _outcome.Messages.Add(new OutboundMessage(_turn.InstanceId, carried.Clone()));
        }
    }

    private bool IsSuspended()
    {
        var suspended = _turn.PreviousStatus == OrchestrationStatus.Suspended;
        foreach (var e in _turn.NewEvents)
        {
            if (e.ExecutionSuspended is not null)
            {
                suspended = true;
            }
            else if (e.ExecutionResumed is not null)
            {
                suspended = false;
            }
        }

        return suspended;
    }

    internal TurnOutcome Outcome => _outcome;
    internal OrchestrationTurn Turn => _turn;
    internal DateTime Now => _now;
    internal ExecutionStartedEvent? Start => _start;

    internal HistoryEvent Event(int eventId, TaskRouter? router = null) =>
        new() { EventId = eventId, Timestamp = Timestamp.FromDateTime(_now), Router = router };
}
