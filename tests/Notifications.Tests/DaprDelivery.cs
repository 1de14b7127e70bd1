using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Tests;

/// <summary>Posts an event to the service exactly as daprd delivers it: a structured CloudEvent with traceparent.</summary>
public static class DaprDelivery
{
    public sealed record Answer(HttpStatusCode StatusCode, string? Status);

    public static Task<Answer> DeliverAsync(this HttpClient client, string topic, object data, CancellationToken cancellationToken = default) =>
        client.DeliverJsonAsync(topic, JsonSerializer.SerializeToNode(data, JsonSerializerOptions.Web), cancellationToken);

    public static async Task<Answer> DeliverJsonAsync(this HttpClient client, string topic, JsonNode? data, CancellationToken cancellationToken = default)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var traceparent = $"00-{traceId}-{Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()))}-01";
        var envelope = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "ordering",
            ["type"] = "com.dapr.event.sent",
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/json",
            ["data"] = data,
            ["topic"] = topic,
            ["pubsubname"] = "pubsub",
            ["traceid"] = traceparent,
            ["traceparent"] = traceparent,
            ["tracestate"] = "",
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, TopicSubscriptionExtensions.RouteOf(topic))
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        request.Headers.Add("traceparent", traceparent);

        using var response = await client.SendAsync(request, cancellationToken);
        var status = response.IsSuccessStatusCode && response.Content.Headers.ContentLength != 0
            ? (await response.Content.ReadFromJsonAsync<TopicResponse>(cancellationToken))?.Status
            : null;
        return new Answer(response.StatusCode, status);
    }
}
