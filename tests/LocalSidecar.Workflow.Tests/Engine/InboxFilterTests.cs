using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Engine;

public sealed class InboxFilterTests
{
    private static readonly DateTime Now = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_second_result_for_the_same_task_is_dropped()
    {
        HistoryEvent[] history = [Start(), Scheduled(0), Completed(0)];

        var accepted = InboxFilter.Accept(history, [Completed(0), Completed(0)]);

        Assert.Empty(accepted);
    }

    [Fact]
    public void A_result_for_a_task_this_execution_never_scheduled_is_dropped()
    {
        HistoryEvent[] history = [Start(), Scheduled(0)];

        var accepted = InboxFilter.Accept(history, [Completed(7), Completed(0)]);

        Assert.Equal(0, Assert.Single(accepted).TaskCompleted.TaskScheduledId);
    }

    [Fact]
    public void The_start_event_leads_and_a_second_one_is_dropped()
    {
        var raised = HistoryEvents.EventRaised(Now, "e", null);

        var accepted = InboxFilter.Accept([], [raised, Start(), Start()]);

        Assert.Equal([HistoryEvent.EventTypeOneofCase.ExecutionStarted, HistoryEvent.EventTypeOneofCase.EventRaised],
            accepted.Select(e => e.EventTypeCase));
    }

    private static HistoryEvent Start() => HistoryEvents.ExecutionStarted(Now, "i", "x", "W", null, null, null);

    private static HistoryEvent Scheduled(int id) => new() { EventId = id, TaskScheduled = new TaskScheduledEvent { Name = "A" } };

    private static HistoryEvent Completed(int id) =>
        new() { EventId = -1, TaskCompleted = new TaskCompletedEvent { TaskScheduledId = id } };
}
