using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Tests.Fakes;

/// <summary>
/// Delivers events to a service exactly as daprd does (CloudEvent 1.0 envelope, application/cloudevents+json,
/// traceparent header) and reads the answer as daprd would: SUCCESS, RETRY or DROP.
/// </summary>
public static class Daprd
{
    public const string Success = "SUCCESS";
    public const string Retry = "RETRY";
    public const string Drop = "DROP";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<string> DeliverAsync(HttpClient client, string topic, object? data)
    {
        using var response = await client.SendAsync(CloudEvent(topic, data));
        return await OutcomeOfAsync(response);
    }

    public static HttpRequestMessage CloudEvent(string topic, object? data)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var traceparent = $"00-{traceId}-{traceId[..16]}-01";
        var envelope = new Dictionary<string, object?>
        {
            ["id"] = Guid.NewGuid().ToString(),
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
        var request = new HttpRequestMessage(HttpMethod.Post, TopicSubscriptionExtensions.RouteOf(topic))
        {
            Content = new StringContent(JsonSerializer.Serialize(envelope, Web), Encoding.UTF8, "application/cloudevents+json"),
        };
        request.Headers.Add("traceparent", traceparent);
        return request;
    }

    /// <summary>daprd's reading of an answer: 2xx with a status or an empty body, 404 = drop, anything else = retry.</summary>
    public static async Task<string> OutcomeOfAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return Drop;
        }

        if (!response.IsSuccessStatusCode)
        {
            return Retry;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(body))
        {
            return Success;
        }

        var answer = JsonSerializer.Deserialize<TopicResponse>(body, Web);
        return answer?.Status?.ToUpperInvariant() ?? Success;
    }

    /// <summary>GET /dapr/subscribe, as daprd reads it at start.</summary>
    public static async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(HttpClient client) =>
        await client.GetFromJsonAsync<List<Subscription>>("/dapr/subscribe", Web) ?? [];

    public sealed record Subscription(string PubsubName, string Topic, string? Route, string? DeadLetterTopic);
}
