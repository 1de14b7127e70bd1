using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Engine;

internal static class WorkflowStatuses
{
    public static bool IsTerminal(OrchestrationStatus status) =>
        status is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated;
}
