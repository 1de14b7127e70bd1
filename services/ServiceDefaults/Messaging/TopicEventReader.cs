using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// Reads a subscription's event from the request body (UseCloudEvents has already unwrapped the CloudEvent's data).
/// Returns null for poison (not JSON, or not the event's shape), which the handler answers with DROP. Binding the
/// event as a handler parameter instead would answer 400, which daprd retries before dead-lettering it.
/// </summary>
public static class TopicEventReader
{
    public static async Task<TEvent?> ReadEventAsync<TEvent>(this HttpRequest request, CancellationToken cancellationToken)
        where TEvent : class
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await request.ReadFromJsonAsync<TEvent>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
