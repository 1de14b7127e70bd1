using System.Text;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Operations.Tests;

/// <summary>Dead letters as the sidecar delivers them: the original CloudEvent, posted to the dead-letter route.</summary>
public static class DeadLetterDelivery
{
    /// <summary>The original event's envelope, with the extensions the local sidecar adds when it dead-letters.</summary>
    public static JsonObject Envelope(string topic, JsonNode? data, string? id = null, string? reason = "handler answered RETRY", int? attempts = 6)
    {
        var envelope = Daprd.CloudEvent(DaprComponents.PubSub, topic, data, id);
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

    public static Task<DaprdAnswer> PostDeadLetterAsync(this HttpClient client, string originalTopic, JsonObject envelope) =>
        client.PostToTopicAsync(Topics.DeadLetterOf(originalTopic), Encoding.UTF8.GetBytes(envelope.ToJsonString()));
}
