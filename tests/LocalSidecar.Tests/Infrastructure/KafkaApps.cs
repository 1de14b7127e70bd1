using Ecommerce.LocalSidecar.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>A subscriber app and its sidecar, started and stopped together like a pod.</summary>
internal sealed class SubscriberWithSidecar(SubscriberApp app, LocalSidecarHost sidecar) : IAsyncDisposable
{
    public LocalSidecarHost Sidecar { get; } = sidecar;

    public static async Task<SubscriberWithSidecar> StartAsync(string appId, string resourcesPath, string topic, ReceivedEvents received)
    {
        var app = await SubscriberApp.StartAsync(web => web
            .MapPost("/events", (OrderEvent e, HttpRequest request) =>
            {
                received.Add(e, request.Headers["__key"]);
                return Results.Ok();
            })
            .WithTopic("pubsub", topic));
        var sidecar = await Sidecars.StartAsync(appId, resourcesPath, app.Port);
        return new SubscriberWithSidecar(app, sidecar);
    }

    public async ValueTask DisposeAsync()
    {
        await Sidecar.DisposeAsync();
        await app.DisposeAsync();
    }
}
