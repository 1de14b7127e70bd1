using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Activity → external event with a timeout → durable timer → output.</summary>
public sealed class ApprovalWorkflow : Workflow<ApprovalInput, string>
{
    public const string ApprovalEvent = "approval";

    public override async Task<string> RunAsync(WorkflowContext context, ApprovalInput input)
    {
        var greeting = await context.CallActivityAsync<string>(nameof(GreetActivity), input.Name);
        string decision;
        try
        {
            decision = await context.WaitForExternalEventAsync<string>(ApprovalEvent, input.ApprovalTimeout);
        }
        catch (TaskCanceledException)
        {
            decision = "timed out";
        }

        await context.CreateTimer(input.CoolDown);
        return $"{greeting}; {decision}";
    }
}
