using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

/// <summary>An application using the real Dapr.Workflow SDK: worker (all test workflows) and client.</summary>
public sealed class WorkflowApp : IAsyncDisposable
{
    private IHost? _host;

    private WorkflowApp(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<DaprWorkflowClient>();
    }

    public DaprWorkflowClient Client { get; }

    /// <param name="name">What activities see as <see cref="WorkflowAppName"/>: which replica ran them.</param>
    public static async Task<WorkflowApp> StartAsync(string sidecarEndpoint, string name = "app")
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            // The SDK also auto-registers the assembly's workflows and warns about the explicit registrations.
            .AddFilter("Dapr.Workflow.Worker.WorkflowsFactory", LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DAPR_GRPC_ENDPOINT"] = sidecarEndpoint,
            // Nothing in these tests uses Dapr's HTTP API; a closed port makes any accidental use fail fast.
            ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:1",
        });
        builder.Services.AddSingleton(new WorkflowAppName(name));
        builder.Services.AddDaprWorkflow(TestWorkflows.Register);
        var host = builder.Build();
        await host.StartAsync();
        return new WorkflowApp(host);
    }

    /// <summary>Stops the app without grace, as a crash would: in-flight work items are abandoned.</summary>
    public async Task KillAsync()
    {
        if (_host is null)
        {
            return;
        }

        var host = _host;
        _host = null;
        await host.StopAsync(new CancellationToken(canceled: true));
        host.Dispose();
    }

    public ValueTask DisposeAsync() => new(KillAsync());
}
