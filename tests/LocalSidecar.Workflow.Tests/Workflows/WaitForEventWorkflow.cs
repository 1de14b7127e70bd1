using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Waits without a timeout (Dapr's never-firing timer) for one event and returns its payload.</summary>
public sealed class WaitForEventWorkflow : Workflow<string, string>
{
    public const string GoEvent = "go";

    public override async Task<string> RunAsync(WorkflowContext context, string input)
    {
        context.SetCustomStatus("waiting");
        var payload = await context.WaitForExternalEventAsync<string>(GoEvent);
        return $"{input}: {payload}";
    }
}
