using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>Reads a subscription's event from a delivery; null when it cannot (the delivery is then dropped).</summary>
public delegate ValueTask<TEvent?> TopicReader<TEvent>(HttpContext context, string topic) where TEvent : class;

/// <summary>
/// The default <see cref="TopicReader{TEvent}"/>: the CloudEvent's data as JSON (UseCloudEvents has already
/// unwrapped it). Null for poison (not JSON, or not the event's shape). Binding the event as a handler parameter
/// instead would answer 400, which daprd retries before dead-lettering it.
/// </summary>
internal static class TopicEventReader
{
    public static async ValueTask<TEvent?> ReadJsonAsync<TEvent>(HttpContext context, string topic) where TEvent : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<TEvent>(context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
