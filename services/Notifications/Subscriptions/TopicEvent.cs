using System.Text.Json;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// Reads an event from a delivery (the CloudEvent's data, unwrapped by UseCloudEvents). Unreadable data is poison:
/// it answers null so the handler can DROP it, where model binding would answer 400 and have daprd retry it in vain.
/// </summary>
internal static class TopicEvent
{
    public static async Task<TEvent?> ReadAsync<TEvent>(HttpRequest request, CancellationToken cancellationToken)
        where TEvent : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<TEvent>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
