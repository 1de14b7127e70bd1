using Ecommerce.LocalSidecar.Workflow.Dispatch;
using Ecommerce.LocalSidecar.Workflow.Grpc;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.LocalSidecar.Workflow;

/// <summary>Plugs the durable workflow backend into a sidecar's host and its gRPC endpoint.</summary>
public static class WorkflowBackendExtensions
{
    /// <summary>
    /// Registers the backend: gRPC, the PostgreSQL store (schema created or upgraded on first use) and the
    /// dispatcher that feeds connected Dapr.Workflow workers.
    /// </summary>
    public static IServiceCollection AddWorkflowBackend(
        this IServiceCollection services, string postgresConnectionString, Action<WorkflowBackendOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(postgresConnectionString);
        var options = new WorkflowBackendOptions { ConnectionString = postgresConnectionString };
        configure?.Invoke(options);

        services.AddGrpc();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<WorkflowDatabase>();
        services.AddSingleton<InstanceStore>();
        services.AddSingleton<InstanceCommands>();
        services.AddSingleton<OrchestrationQueue>();
        services.AddSingleton<ActivityQueue>();
        services.AddSingleton<TurnWriter>();
        services.AddSingleton<OrchestrationCompletion>();
        services.AddSingleton<WorkerConnections>();
        services.AddSingleton<LeaseTable>();
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<InstanceWatchers>();
        services.AddHostedService<WorkDispatcher>();
        services.AddHostedService<LeaseRenewal>();
        return services;
    }

    /// <summary>Serves <c>TaskHubSidecarService</c>; the endpoint must listen with HTTP/2 (the sidecar's gRPC port).</summary>
    public static GrpcServiceEndpointConventionBuilder MapWorkflowBackend(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<TaskHubSidecarService>();
}
