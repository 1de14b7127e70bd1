using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class RetryAndFailureTests(WorkflowFixture fixture)
{
    private DaprWorkflowClient Client => fixture.App.Client;

    [Fact]
    public async Task A_failing_activity_with_a_retry_policy_succeeds_on_its_third_attempt()
    {
        var key = $"flaky-{Guid.NewGuid():N}";
        var id = await Client.ScheduleNewWorkflowAsync(nameof(RetryingWorkflow), key, new FlakyInput(key, Failures: 2));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("succeeded on attempt 3", state.ReadOutputAs<string>());
        Assert.Equal(3, FlakyActivity.AttemptsOf(key));
    }

    [Fact]
    public async Task A_permanently_failing_activity_fails_the_workflow_with_the_error_in_its_status()
    {
        var key = $"broken-{Guid.NewGuid():N}";
        var id = await Client.ScheduleNewWorkflowAsync(nameof(RetryingWorkflow), key, new FlakyInput(key, Failures: int.MaxValue));

        var state = await Client.WaitForWorkflowCompletionAsync(id, cancellation: Timeout());

        Assert.Equal(WorkflowRuntimeStatus.Failed, state.RuntimeStatus);
        Assert.NotNull(state.FailureDetails);
        Assert.Contains($"Attempt 3 of '{key}' failed on purpose.", state.FailureDetails.ErrorMessage);
        Assert.Equal(3, FlakyActivity.AttemptsOf(key));
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
