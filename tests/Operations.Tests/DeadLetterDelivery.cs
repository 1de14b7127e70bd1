using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Operations.Tests;

/// <summary>Dead letters as the sidecar delivers them: the original CloudEvent, posted to the dead-letter route.</summary>
public static class DeadLetterDelivery
{
    public sealed record Answer(HttpStatusCode StatusCode, string? Status);

    /// <summary>The original event's envelope, with the extensions the local sidecar adds when it dead-letters.</summary>
    public static JsonObject Envelope(string topic, JsonNode? data, string? id = null, string? reason = "handler answered RETRY", int? attempts = 6)
    {
        var traceparent = $"00-{Guid.NewGuid():N}-{Guid.NewGuid().ToString("N")[..16]}-01";
        var envelope = new JsonObject
        {
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["source"] = "ordering",
            ["type"] = "com.dapr.event.sent",
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/json",
            ["data"] = data,
            ["topic"] = topic,
            ["pubsubname"] = DaprComponents.PubSub,
            ["traceid"] = traceparent,
            ["traceparent"] = traceparent,
            ["tracestate"] = "",
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        if (reason is not null)
        {
            envelope["deadletterreason"] = reason;
        }

        if (attempts is not null)
        {
            envelope["deadletterattempts"] = attempts;
        }

        return envelope;
    }

    public static JsonObject OrderEvent(Guid orderId) => new()
    {
        ["orderId"] = orderId.ToString(),
        ["customerEmail"] = "ada@example.com",
        ["lines"] = new JsonArray(new JsonObject { ["productId"] = "sku-mug", ["quantity"] = 2 }),
        ["placedAt"] = "2025-01-01T10:00:00+00:00",
    };

    public static Task<Answer> PostDeadLetterAsync(this HttpClient client, string originalTopic, JsonObject envelope) =>
        client.PostRawAsync(Topics.DeadLetterOf(originalTopic), Encoding.UTF8.GetBytes(envelope.ToJsonString()));

    public static async Task<Answer> PostRawAsync(this HttpClient client, string deadLetterTopic, byte[] body, string contentType = "application/cloudevents+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TopicSubscriptionExtensions.RouteOf(deadLetterTopic))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("traceparent", $"00-{Guid.NewGuid():N}-{Guid.NewGuid().ToString("N")[..16]}-01");
        using var response = await client.SendAsync(request);
        var status = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<TopicResponse>())?.Status : null;
        return new Answer(response.StatusCode, status);
    }
}
