using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;
using Ecommerce.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Tests;

/// <summary>
/// Replicas: two backends (each with its own app, as each replica has its own sidecar) share one app id and one
/// workflow store, each holding its leases under its own owner id.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class ReplicaTests(WorkflowFixture fixture)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_backends_on_one_store_run_every_workflow_to_completion_each_step_once_and_no_instance_in_both_at_once()
    {
        var appId = $"replicas-{Guid.NewGuid():N}";
        await using var serverA = await WorkflowServer.StartAsync(fixture.ConnectionString, appId, FreePort.Next(), "a", Lease);
        await using var serverB = await WorkflowServer.StartAsync(fixture.ConnectionString, appId, FreePort.Next(), "b", Lease);
        await using var appA = await WorkflowApp.StartAsync(serverA.Endpoint, "a");
        await using var appB = await WorkflowApp.StartAsync(serverB.Endpoint, "b");
        var ids = Enumerable.Range(0, 40).Select(i => $"{appId}-{i}").ToArray();

        for (var i = 0; i < ids.Length; i++)
        {
            await (i % 2 == 0 ? appA : appB).Client.ScheduleNewWorkflowAsync(nameof(ReplicaStepsWorkflow), ids[i], ids[i]);
        }

        await AssertAllCompletedAsync(appA.Client, ids);
        Assert.Empty(TrackedStepActivity.OverlapsAmong(ids));
        var runs = ids.SelectMany(Steps).Select(TrackedStepActivity.RunsOf).ToList();
        Assert.All(runs, r => Assert.Single(r));
        Assert.Contains("a", runs.Select(r => r[0]));
        Assert.Contains("b", runs.Select(r => r[0]));
    }

    [Fact]
    public async Task When_one_backend_dies_mid_run_the_other_finishes_its_instances_once_their_leases_expire()
    {
        var appId = $"replicas-kill-{Guid.NewGuid():N}";
        var link = await DatabaseLink.CreateAsync(fixture.ConnectionString);
        var serverA = await WorkflowServer.StartAsync(link.ConnectionString, appId, FreePort.Next(), "a", Lease);
        await using var serverB = await WorkflowServer.StartAsync(fixture.ConnectionString, appId, FreePort.Next(), "b", Lease);
        var appA = await WorkflowApp.StartAsync(serverA.Endpoint, "a");
        var ids = Enumerable.Range(0, 20).Select(i => $"{appId}-{i}").ToArray();
        foreach (var id in ids)
        {
            await appA.Client.ScheduleNewWorkflowAsync(nameof(ReplicaStepsWorkflow), id, id);
        }

        // B's worker connects only once A holds a slow step's lease: with both racing for every lease from the
        // start, B could win all of them and leave A nothing to lose. Then kill replica A (its backend and its app).
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!ids.Any(id => TrackedStepActivity.RunsOf($"{id}/slow").Contains("a")))
            {
                await Task.Delay(20, started.Token);
            }
        }

        await using var appB = await WorkflowApp.StartAsync(serverB.Endpoint, "b");
        await link.SeverAsync();
        await appA.KillAsync();
        await serverA.KillAsync();

        await AssertAllCompletedAsync(appB.Client, ids);
        var taken = ids.SelectMany(Steps).Where(step => TrackedStepActivity.RunsOf(step) is ["a", .., "b"]).ToList();
        Assert.NotEmpty(taken);
    }

    [Fact]
    public async Task A_backend_starting_again_takes_back_its_own_old_leases_but_not_those_of_a_live_replica()
    {
        var appId = $"replicas-start-{Guid.NewGuid():N}";
        await using (var first = Database(appId, "a"))
        await using (var connection = await first.OpenAsync(CancellationToken.None))
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO wf_instances (app_id, instance_id, execution_id, name, status, created_at, last_updated_at, locked_by, lock_expires_at, locked_owner)
            VALUES (@app, 'held-by-a', 'x', 'w', 0, now(), now(), 'token-a', now() + interval '1 hour', 'a'),
                   (@app, 'held-by-b', 'x', 'w', 0, now(), now(), 'token-b', now() + interval '1 hour', 'b')
            """, connection))
        {
            insert.Parameters.AddWithValue("app", appId);
            await insert.ExecuteNonQueryAsync();
        }

        await using var restarted = Database(appId, "a");
        await using var reopened = await restarted.OpenAsync(CancellationToken.None);
        await using var read = new NpgsqlCommand("SELECT instance_id, locked_by FROM wf_instances WHERE app_id = @app ORDER BY instance_id", reopened);
        read.Parameters.AddWithValue("app", appId);
        var locks = new List<(string, string?)>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                locks.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        Assert.Equal([("held-by-a", null), ("held-by-b", "token-b")], locks);
    }

    private WorkflowDatabase Database(string appId, string owner) =>
        new(new WorkflowBackendOptions { ConnectionString = fixture.ConnectionString, AppId = appId, OwnerId = owner }, NullLogger<WorkflowDatabase>.Instance);

    private static IEnumerable<string> Steps(string id) => [$"{id}/1", $"{id}/2", $"{id}/slow"];

    private static async Task AssertAllCompletedAsync(DaprWorkflowClient client, string[] ids)
    {
        using var timeout = new CancellationTokenSource(CompletionTimeout);
        var states = await Task.WhenAll(ids.Select(id => client.WaitForWorkflowCompletionAsync(id, cancellation: timeout.Token)));

        Assert.All(states, s => Assert.Equal(WorkflowRuntimeStatus.Completed, s.RuntimeStatus));
        Assert.Equal(ids.Select(id => $"{id}/1 {id}/2 {id}/slow"), states.Select(s => s.ReadOutputAs<string>()));
    }
}
