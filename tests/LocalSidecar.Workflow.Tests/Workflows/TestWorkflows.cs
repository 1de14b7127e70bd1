using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Registers every workflow and activity the tests use.</summary>
public static class TestWorkflows
{
    public static void Register(WorkflowRuntimeOptions options)
    {
        options.RegisterWorkflow<EchoWorkflow>();
        options.RegisterWorkflow<ApprovalWorkflow>();
        options.RegisterWorkflow<RetryingWorkflow>();
        options.RegisterWorkflow<WaitForEventWorkflow>();
        options.RegisterWorkflow<ParentWorkflow>();
        options.RegisterWorkflow<ChildWorkflow>();
        options.RegisterWorkflow<CounterWorkflow>();
        options.RegisterWorkflow<SlowActivityWorkflow>();
        options.RegisterWorkflow<ParentOfWaitingChildWorkflow>();
        options.RegisterWorkflow<SenderWorkflow>();
        options.RegisterWorkflow<ReplicaStepsWorkflow>();
        options.RegisterActivity<GreetActivity>();
        options.RegisterActivity<FlakyActivity>();
        options.RegisterActivity<SlowActivity>();
        options.RegisterActivity<TrackedStepActivity>();
    }
}
