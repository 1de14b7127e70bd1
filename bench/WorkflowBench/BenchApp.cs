using Dapr.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.WorkflowBench;

/// <summary>The application side: the real Dapr.Workflow 1.19 worker and client.</summary>
public sealed class BenchApp(IHost host) : IAsyncDisposable
{
    public DaprWorkflowClient Client { get; } = host.Services.GetRequiredService<DaprWorkflowClient>();

    public static async Task<BenchApp> StartAsync(string sidecarEndpoint)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Dapr.Workflow.Worker.WorkflowsFactory", LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DAPR_GRPC_ENDPOINT"] = sidecarEndpoint,
            ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:1",
        });
        builder.Services.AddDaprWorkflow(o =>
        {
            o.RegisterWorkflow<BenchWorkflow>();
            o.RegisterWorkflow<WaitingWorkflow>();
            o.RegisterActivity<BenchActivity>();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchApp(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
