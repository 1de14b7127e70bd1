using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>An event for an instance's inbox (possibly the sender's own, as for timers), visible from <paramref name="VisibleAt"/>.</summary>
internal sealed record OutboundMessage(string TargetInstanceId, HistoryEvent Event, DateTime? VisibleAt = null);
