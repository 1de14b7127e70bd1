using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>
/// Delivers events to a service under test as daprd does: it finds the topic's route in the app's
/// <c>/dapr/subscribe</c> answer, posts a CloudEvent 1.0 envelope as <c>application/cloudevents+json</c> with a
/// <c>traceparent</c> header, and reads the answer (<see cref="DaprdAnswer.Outcome"/>).
/// </summary>
public static class Daprd
{
    public const string Success = "SUCCESS";
    public const string Retry = "RETRY";
    public const string Drop = "DROP";
    public const string CloudEventContentType = "application/cloudevents+json";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly ConditionalWeakTable<HttpClient, Task<IReadOnlyList<DaprSubscription>>> Discovered = new();

    /// <summary>The envelope daprd wraps published data in; <paramref name="data"/> is serialized with web defaults.</summary>
    public static JsonObject CloudEvent(string pubsubName, string topic, object? data, string? id = null)
    {
        var traceparent = NewTraceparent();
        return new JsonObject
        {
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["source"] = "tests",
            ["type"] = "com.dapr.event.sent",
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/json",
            ["data"] = JsonSerializer.SerializeToNode(data, Web),
            ["topic"] = topic,
            ["pubsubname"] = pubsubName,
            ["traceid"] = traceparent,
            ["traceparent"] = traceparent,
            ["tracestate"] = "",
            ["time"] = DateTimeOffset.UtcNow.ToString("O"),
        };
    }

    /// <summary>Delivers <paramref name="data"/> on <paramref name="topic"/> in a CloudEvent envelope.</summary>
    public static async Task<DaprdAnswer> DeliverAsync(this HttpClient client, string topic, object? data, CancellationToken cancellationToken = default)
    {
        var subscription = await SubscriptionToAsync(client, topic, cancellationToken);
        var envelope = CloudEvent(subscription.PubsubName, topic, data);
        return await client.PostToTopicAsync(topic, Encoding.UTF8.GetBytes(envelope.ToJsonString()), CloudEventContentType, cancellationToken);
    }

    /// <summary>Posts a body as it is to the route the app subscribed <paramref name="topic"/> on.</summary>
    public static async Task<DaprdAnswer> PostToTopicAsync(
        this HttpClient client, string topic, byte[] body, string contentType = CloudEventContentType, CancellationToken cancellationToken = default)
    {
        var subscription = await SubscriptionToAsync(client, topic, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.DeliveryPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("traceparent", NewTraceparent());
        using var response = await client.SendAsync(request, cancellationToken);
        var status = response.IsSuccessStatusCode ? StatusIn(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
        return new DaprdAnswer(response.StatusCode, status);
    }

    /// <summary>GET /dapr/subscribe, as daprd reads it at start.</summary>
    public static async Task<IReadOnlyList<DaprSubscription>> SubscriptionsAsync(this HttpClient client, CancellationToken cancellationToken = default) =>
        await client.GetFromJsonAsync<List<DaprSubscription>>("/dapr/subscribe", Web, cancellationToken) ?? [];

    private static async Task<DaprSubscription> SubscriptionToAsync(HttpClient client, string topic, CancellationToken cancellationToken)
    {
        // The app's subscriptions are fixed at start, as daprd assumes: read them once per client.
        var subscriptions = await Discovered.GetValue(client, c => SubscriptionsAsync(c, CancellationToken.None)).WaitAsync(cancellationToken);
        return subscriptions.FirstOrDefault(s => s.Topic == topic && s.DeliveryPath is not null)
            ?? throw new InvalidOperationException($"The app does not subscribe to '{topic}' (GET /dapr/subscribe), so daprd would not deliver it.");
    }

    private static string? StatusIn(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string NewTraceparent() =>
        $"00-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01";
}
