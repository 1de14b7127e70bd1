using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>A leased activity task; <paramref name="Token"/> is the work item's completion token.</summary>
internal sealed record ActivityLease(string Token, ActivityRequest Request)
{
    public WorkItem ToWorkItem() => new() { ActivityRequest = Request, CompletionToken = Token };
}
