using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>Everything one orchestrator turn changes; the store writes it in one transaction.</summary>
internal sealed class TurnOutcome
{
    public required string ExecutionId { get; set; }
    public OrchestrationStatus Status { get; set; } = OrchestrationStatus.Running;
    public string? CustomStatus { get; set; }
    public string? Output { get; set; }
    public TaskFailureDetails? Failure { get; set; }

    /// <summary>Events appended to the history; after a continue-as-new, the history is cleared first.</summary>
    public List<HistoryEvent> AppendedEvents { get; } = [];

    public bool ContinuedAsNew { get; set; }

    /// <summary>The input of the new generation after a continue-as-new.</summary>
    public string? ContinuedInput { get; set; }

    /// <summary>Stalled turns keep their inbox events (held) for the next attempt instead of consuming them.</summary>
    public bool Stalled { get; set; }

    /// <summary>Set when a recursive terminate ended this instance: its running children are terminated too.</summary>
    public bool TerminateChildren { get; set; }

    public string? ChildTerminationReason { get; set; }

    public List<OutboundMessage> Messages { get; } = [];
    public List<ActivityRequest> ActivityTasks { get; } = [];
    public List<NewInstance> NewInstances { get; } = [];

    public bool IsTerminal => WorkflowStatuses.IsTerminal(Status);
}
