using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>Posts events to a subscription exactly as daprd delivers them: a CloudEvent 1.0 envelope with traceparent.</summary>
public static class CloudEvents
{
    public static async Task<DeliveryOutcome> DeliverAsync(HttpClient client, string topic, object data)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var traceParent = $"00-{traceId}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01";
        var envelope = new Dictionary<string, object?>
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "inventory",
            ["type"] = "com.dapr.event.sent",
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/json",
            ["data"] = data,
            ["topic"] = topic,
            ["pubsubname"] = DaprComponents.PubSub,
            ["traceid"] = traceParent,
            ["traceparent"] = traceParent,
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, TopicSubscriptionExtensions.RouteOf(topic))
        {
            Content = new StringContent(JsonSerializer.Serialize(envelope, OrderingHost.Json), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        request.Headers.Add("traceparent", traceParent);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        string? status = null;
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            using var json = JsonDocument.Parse(body);
            status = json.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
        }

        return new DeliveryOutcome(response.StatusCode, status);
    }
}
