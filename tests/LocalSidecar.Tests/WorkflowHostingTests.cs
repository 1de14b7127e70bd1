using Dapr.Workflow;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>A component marked actorStateStore makes the sidecar serve Dapr Workflow from that PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkflowHostingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ActorStateStore_ServesDaprWorkflow_ToTheRealSdk()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync($"wf_{Guid.NewGuid():N}");
        var store = Yaml.Postgres(connectionString, "workflowstore");
        using var resources = TempResources.With((store.Item1, store.Item2 + "\n    - name: actorStateStore\n      value: \"true\"\n"));
        await using var sidecar = await Sidecars.StartAsync("ordering", resources.Path);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Configuration["DAPR_GRPC_ENDPOINT"] = sidecar.GrpcEndpoint;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDaprWorkflow(o =>
        {
            o.RegisterWorkflow<GreetingWorkflow>();
            o.RegisterActivity<GreetActivity>();
        });
        await using var app = builder.Build();
        await app.StartAsync();
        var client = app.Services.GetRequiredService<DaprWorkflowClient>();

        var id = await client.ScheduleNewWorkflowAsync(nameof(GreetingWorkflow), "order-1", "world");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var state = await client.WaitForWorkflowCompletionAsync(id, cancellation: timeout.Token);

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("hello world", state.ReadOutputAs<string>());
        await app.StopAsync();
    }

    internal sealed class GreetingWorkflow : Workflow<string, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, string input) =>
            context.CallActivityAsync<string>(nameof(GreetActivity), input);
    }

    internal sealed class GreetActivity : WorkflowActivity<string, string>
    {
        public override Task<string> RunAsync(WorkflowActivityContext context, string input) => Task.FromResult($"hello {input}");
    }
}
