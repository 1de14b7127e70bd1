using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

/// <summary>A leased orchestrator turn: what was sent to the worker, kept until its response arrives.</summary>
internal sealed record OrchestrationTurn(
    string Token,
    string InstanceId,
    string ExecutionId,
    OrchestrationStatus PreviousStatus,
    IReadOnlyList<HistoryEvent> PastEvents,
    IReadOnlyList<HistoryEvent> NewEvents,
    long[] InboxSeqs)
{
    public WorkItem ToWorkItem()
    {
        var request = new WorkflowRequest { InstanceId = InstanceId, ExecutionId = ExecutionId };
        request.PastEvents.AddRange(PastEvents);
        request.NewEvents.AddRange(NewEvents);
        return new WorkItem { WorkflowRequest = request, CompletionToken = Token };
    }

    public ExecutionStartedEvent? StartEvent =>
        PastEvents.Concat(NewEvents).FirstOrDefault(e => e.ExecutionStarted is not null)?.ExecutionStarted;
}
