using Dapr.DurableTask.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>Helpers for building and classifying <see cref="HistoryEvent"/>s.</summary>
internal static class HistoryEvents
{
    // WaitForExternalEvent without a timeout asks for a timer at 9999-12-31T23:59:59.999999999Z: "never".
    private static readonly long NeverSeconds = Timestamp.FromDateTime(new DateTime(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Seconds;

    /// <summary>An event born outside the workflow (client call, completion, timer): eventId -1.</summary>
    public static HistoryEvent External(DateTime now) => new() { EventId = -1, Timestamp = Timestamp.FromDateTime(now) };

    public static HistoryEvent WorkflowStarted(DateTime now)
    {
        var e = External(now);
        e.WorkflowStarted = new WorkflowStartedEvent();
        return e;
    }

    public static HistoryEvent ExecutionStarted(
        DateTime now, string instanceId, string executionId, string name, string? version, string? input, ParentInstanceInfo? parent)
    {
        var e = External(now);
        e.ExecutionStarted = new ExecutionStartedEvent
        {
            Name = name,
            Version = version,
            Input = input,
            WorkflowInstance = new WorkflowInstance { InstanceId = instanceId, ExecutionId = executionId },
            ParentInstance = parent,
        };
        return e;
    }

    public static HistoryEvent ExecutionTerminated(DateTime now, string? reason, bool recurse)
    {
        var e = External(now);
        e.ExecutionTerminated = new ExecutionTerminatedEvent { Input = reason, Recurse = recurse };
        return e;
    }

    public static HistoryEvent EventRaised(DateTime now, string name, string? input)
    {
        var e = External(now);
        e.EventRaised = new EventRaisedEvent { Name = name, Input = input };
        return e;
    }

    public static string Kind(HistoryEvent e) => e.EventTypeCase.ToString();

    public static bool NeverFires(Timestamp fireAt) => fireAt.Seconds >= NeverSeconds;

    public static string NewExecutionId() => Guid.NewGuid().ToString("N");
}
