using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>Serves Dapr Workflow (<c>TaskHubSidecarService</c>) when a component is the actor state store, as daprd
/// does: workflow state lives in that store's PostgreSQL database.</summary>
public static class SidecarWorkflowExtensions
{
    public static WebApplicationBuilder AddSidecarWorkflow(this WebApplicationBuilder builder, SidecarOptions options, SidecarResources resources)
    {
        if (resources.ActorStateStore is not { } store)
        {
            return builder;
        }

        if (store.Type != ComponentTypes.PostgreSql)
        {
            throw store.Error($"metadata 'actorStateStore': the local sidecar keeps workflow state in {ComponentTypes.PostgreSql} only");
        }

        builder.Services.AddWorkflowBackend(State.PostgresStateStoreOptions.ReadConnectionString(store), o =>
        {
            o.AppId = options.AppId;
            o.OwnerId = options.Replica ?? options.AppId;
        });
        builder.Services.AddSingleton<SidecarWorkflowMarker>();
        return builder;
    }

    public static WebApplication MapSidecarWorkflow(this WebApplication app)
    {
        if (app.Services.GetService<SidecarWorkflowMarker>() is not null)
        {
            app.MapWorkflowBackend();
        }

        return app;
    }

    private sealed class SidecarWorkflowMarker;
}
