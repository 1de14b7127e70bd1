using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's <c>GET /v1.0/metadata</c>: the app id, the loaded components, the app's subscriptions and how
/// the sidecar reaches the app.</summary>
public static class MetadataHttpApi
{
    public static IEndpointRouteBuilder MapMetadataHttpApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/metadata", GetMetadata);
        return app;
    }

    private static IResult GetMetadata(SidecarOptions options, SidecarComponents components, SubscriptionService subscriptions) =>
        Results.Json(new
        {
            id = options.AppId,
            runtimeVersion = "local-sidecar",
            components = components.Definitions.Select(d => new { name = d.Name, type = d.Type, version = d.Version }),
            subscriptions = subscriptions.Current.Select(s => new
            {
                pubsubname = s.PubSubName,
                topic = s.Topic,
                deadLetterTopic = s.DeadLetterTopic ?? "",
                rules = new { rules = s.Rules.Select(r => new { match = r.Match.ToString(), path = r.Path }).Append(new { match = "", path = s.DefaultPath ?? "" }) },
                type = "PROGRAMMATIC",
            }),
            appConnectionProperties = new
            {
                port = options.AppPort ?? 0,
                protocol = "http",
                channelAddress = options.AppChannelAddress,
                health = options.AppHealth is { } health
                    ? new
                    {
                        healthCheckPath = health.Path,
                        healthProbeInterval = $"{health.ProbeInterval.TotalSeconds}s",
                        healthProbeTimeout = $"{health.ProbeTimeout.TotalMilliseconds}ms",
                        healthThreshold = health.Threshold,
                    }
                    : null,
            },
        });
}
