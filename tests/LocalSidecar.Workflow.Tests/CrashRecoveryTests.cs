using Dapr.Workflow;
using Grpc.Core;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;
using Ecommerce.TestSupport;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

/// <summary>Each test runs its own backend and app (own app id) on the shared database, and crashes one of them.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class CrashRecoveryTests(WorkflowFixture fixture)
{
    private const int WorkflowCount = 50;

    // The SDK reconnects 5 s after its stream breaks; allow for that plus the work.
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Fifty_waiting_workflows_complete_after_the_server_is_killed_and_restarted()
    {
        await using var server = await WorkflowServer.StartAsync(fixture.ConnectionString, $"crash-server-{Guid.NewGuid():N}", FreePort.Next());
        await using var app = await WorkflowApp.StartAsync(server.Endpoint);
        var ids = await StartWaitingWorkflowsAsync(app.Client);

        await server.KillAsync();
        await server.StartAgainAsync();
        await RaiseAllAsync(app.Client, ids);

        await AssertAllCompletedAsync(app.Client, ids);
    }

    [Fact]
    public async Task Fifty_waiting_workflows_complete_after_the_app_is_killed_and_restarted()
    {
        await using var server = await WorkflowServer.StartAsync(fixture.ConnectionString, $"crash-app-{Guid.NewGuid():N}", FreePort.Next());
        var first = await WorkflowApp.StartAsync(server.Endpoint);
        var ids = await StartWaitingWorkflowsAsync(first.Client);

        await first.KillAsync();
        await using var second = await WorkflowApp.StartAsync(server.Endpoint);
        await RaiseAllAsync(second.Client, ids);

        await AssertAllCompletedAsync(second.Client, ids);
    }

    [Fact]
    public async Task A_workflow_completes_when_the_server_dies_while_its_activity_runs()
    {
        await using var server = await WorkflowServer.StartAsync(fixture.ConnectionString, $"crash-activity-{Guid.NewGuid():N}", FreePort.Next());
        await using var app = await WorkflowApp.StartAsync(server.Endpoint);
        var key = $"slow-{Guid.NewGuid():N}";
        var id = await app.Client.ScheduleNewWorkflowAsync(nameof(SlowActivityWorkflow), key, key);
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (SlowActivity.RunsOf(key) == 0)
            {
                await Task.Delay(20, started.Token);
            }
        }

        await server.KillAsync();
        await server.StartAgainAsync();
        var state = await app.Client.WaitForWorkflowCompletionAsync(id, cancellation: new CancellationTokenSource(RecoveryTimeout).Token);

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.StartsWith("run ", state.ReadOutputAs<string>());
        Assert.True(SlowActivity.RunsOf(key) >= 1);
    }

    private static async Task<string[]> StartWaitingWorkflowsAsync(DaprWorkflowClient client)
    {
        var prefix = Guid.NewGuid().ToString("N");
        var ids = Enumerable.Range(0, WorkflowCount).Select(i => $"wait-{prefix}-{i}").ToArray();
        foreach (var id in ids)
        {
            await client.ScheduleNewWorkflowAsync(nameof(WaitForEventWorkflow), id, id);
        }

        // Running with the custom status set means the first turn (and its wait) is durably recorded.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var id in ids)
        {
            while ((await client.GetWorkflowStateAsync(id, cancellation: timeout.Token)).ReadCustomStatusAs<string>() != "waiting")
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        return ids;
    }

    private static async Task RaiseAllAsync(DaprWorkflowClient client, string[] ids)
    {
        foreach (var id in ids)
        {
            await RaiseAsync(client, id);
        }
    }

    /// <summary>
    /// The client's connection to a killed server is found dead only by the next call, which then fails before it is
    /// sent (Unavailable); the caller tries again. (Not sent means not raised: no event twice.)
    /// </summary>
    private static async Task RaiseAsync(DaprWorkflowClient client, string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                await client.RaiseEventAsync(id, WaitForEventWorkflow.GoEvent, "resumed", timeout.Token);
                return;
            }
            catch (RpcException failure) when (failure.StatusCode == StatusCode.Unavailable && !timeout.IsCancellationRequested)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }

    private static async Task AssertAllCompletedAsync(DaprWorkflowClient client, string[] ids)
    {
        using var timeout = new CancellationTokenSource(RecoveryTimeout);
        var states = await Task.WhenAll(ids.Select(id => client.WaitForWorkflowCompletionAsync(id, cancellation: timeout.Token)));

        Assert.All(states, s => Assert.Equal(WorkflowRuntimeStatus.Completed, s.RuntimeStatus));
        Assert.Equal(ids.Select(id => $"{id}: resumed"), states.Select(s => s.ReadOutputAs<string>()));
    }
}
