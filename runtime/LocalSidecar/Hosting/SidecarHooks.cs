using Ecommerce.LocalSidecar.Components;
using Microsoft.AspNetCore.Builder;

namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>
/// Where more APIs join the sidecar (the workflow backend): services are added before the app is built (resolve
/// <see cref="SidecarComponents"/> from the container for e.g. <see cref="SidecarComponents.ActorStateStore"/>),
/// endpoints after; the components are loaded and initialised in between.
/// gRPC services mapped here are served on the gRPC port with the same API-token check.
/// </summary>
public sealed record SidecarHooks
{
    public static SidecarHooks None { get; } = new();

    public Action<WebApplicationBuilder>? ConfigureServices { get; init; }

    public Action<WebApplication>? MapEndpoints { get; init; }
}
