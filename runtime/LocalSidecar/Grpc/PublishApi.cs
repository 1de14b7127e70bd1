using System.Text;
using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.CloudEvents;
using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.PubSub;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>daprd's publish: the data wrapped in a CloudEvent (unless <c>rawPayload</c>), <c>partitionKey</c> as the
/// message key, the rest of the metadata as headers; completes once the broker has acknowledged, under the
/// component's outbound resiliency policy.</summary>
public sealed class PublishApi(SidecarComponents components, SidecarOptions options, TimeProvider time)
{
    private static readonly HashSet<string> NotHeaders = new(StringComparer.Ordinal) { "partitionKey", "rawPayload", "cloudevent.id", "cloudevent.source", "cloudevent.type" };

    public async Task PublishAsync(PublishEventRequest request, string? traceParent, string? traceState, CancellationToken cancellationToken)
    {
        if (components.PubSubs.Count == 0)
        {
            throw DaprErrors.PubSubNotConfigured(request.PubsubName);
        }

        if (string.IsNullOrEmpty(request.PubsubName))
        {
            throw DaprErrors.PubSubNameEmpty();
        }

        if (!components.PubSubs.TryGetValue(request.PubsubName, out var pubSub))
        {
            throw DaprErrors.PubSubNotFound(request.PubsubName);
        }

        if (string.IsNullOrEmpty(request.Topic))
        {
            throw DaprErrors.TopicEmpty(request.PubsubName);
        }

        var metadata = request.Metadata;
        var raw = metadata.TryGetValue("rawPayload", out var rawPayload) && bool.TryParse(rawPayload, out var isRaw) && isRaw;
        var value = raw
            ? request.Data.ToByteArray()
            : Encoding.UTF8.GetBytes(CloudEventEnvelope.Wrap(
                new PublishContext(options.AppId, request.PubsubName, request.Topic, TraceParent.OrNew(traceParent), traceState, metadata, time.GetUtcNow()),
                request.Data.ToByteArray(),
                request.DataContentType).ToJsonString());
        var headers = metadata.Where(m => !NotHeaders.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        var message = new OutgoingMessage(metadata.GetValueOrDefault("partitionKey"), value, headers);
        try
        {
            await components.Outbound(pubSub.Name).RunAsync(
                async ct =>
                {
                    await pubSub.PublishAsync(request.Topic, message, ct);
                    return true;
                },
                _ => false,
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw DaprErrors.Publish(request.Topic, request.PubsubName, e.Message);
        }
    }
}
