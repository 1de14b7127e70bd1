using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>An instance to create (client start, child or detached workflow); <paramref name="StartEvent"/> is its first inbox event.</summary>
internal sealed record NewInstance(
    string InstanceId,
    string ExecutionId,
    string Name,
    string? Version,
    string? Input,
    string? ParentInstanceId,
    DateTime? ScheduledStart,
    HistoryEvent StartEvent);
