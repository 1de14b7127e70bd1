using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>
/// Chooses which inbox events go into a turn: duplicates (a second start or completion, a second result for one
/// task, timer or child) and results for tasks this execution never scheduled (leftovers of an earlier
/// generation) are dropped; the start event is moved to the front, where the worker expects it.
/// </summary>
internal static class InboxFilter
{
    public static List<HistoryEvent> Accept(IReadOnlyList<HistoryEvent> history, IEnumerable<HistoryEvent> inbox)
    {
        var started = false;
        var scheduledTasks = new HashSet<int>();
        var createdTimers = new HashSet<int>();
        var createdChildren = new HashSet<int>();
        var doneTasks = new HashSet<int>();
        var firedTimers = new HashSet<int>();
        var doneChildren = new HashSet<int>();
        foreach (var e in history)
        {
            started |= e.ExecutionStarted is not null;
            AddIf(scheduledTasks, e.TaskScheduled is not null, e.EventId);
            AddIf(createdTimers, e.TimerCreated is not null, e.EventId);
            AddIf(createdChildren, e.ChildWorkflowInstanceCreated is not null, e.EventId);
            AddIf(doneTasks, e.TaskCompleted is not null, e.TaskCompleted?.TaskScheduledId ?? 0);
            AddIf(doneTasks, e.TaskFailed is not null, e.TaskFailed?.TaskScheduledId ?? 0);
            AddIf(firedTimers, e.TimerFired is not null, e.TimerFired?.TimerId ?? 0);
            AddIf(doneChildren, e.ChildWorkflowInstanceCompleted is not null, e.ChildWorkflowInstanceCompleted?.TaskScheduledId ?? 0);
            AddIf(doneChildren, e.ChildWorkflowInstanceFailed is not null, e.ChildWorkflowInstanceFailed?.TaskScheduledId ?? 0);
        }

        var accepted = new List<HistoryEvent>();
        foreach (var e in inbox)
        {
            var keep = e.EventTypeCase switch
            {
                HistoryEvent.EventTypeOneofCase.ExecutionStarted => !started && (started = true),
                HistoryEvent.EventTypeOneofCase.TaskCompleted => FirstResult(scheduledTasks, doneTasks, e.TaskCompleted.TaskScheduledId),
                HistoryEvent.EventTypeOneofCase.TaskFailed => FirstResult(scheduledTasks, doneTasks, e.TaskFailed.TaskScheduledId),
                HistoryEvent.EventTypeOneofCase.TimerFired => FirstResult(createdTimers, firedTimers, e.TimerFired.TimerId),
                HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceCompleted =>
                    FirstResult(createdChildren, doneChildren, e.ChildWorkflowInstanceCompleted.TaskScheduledId),
                HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceFailed =>
                    FirstResult(createdChildren, doneChildren, e.ChildWorkflowInstanceFailed.TaskScheduledId),
                HistoryEvent.EventTypeOneofCase.ExecutionCompleted => false,
                _ => true,
            };
            if (keep)
            {
                accepted.Add(e);
            }
        }

        // The start event leads the turn even when other events reached the inbox first (continue-as-new).
        return [.. accepted.Where(e => e.ExecutionStarted is not null), .. accepted.Where(e => e.ExecutionStarted is null)];
    }

    private static void AddIf(HashSet<int> set, bool condition, int id)
    {
        if (condition)
        {
            set.Add(id);
        }
    }

    private static bool FirstResult(HashSet<int> scheduled, HashSet<int> done, int id) => scheduled.Contains(id) && done.Add(id);
}
