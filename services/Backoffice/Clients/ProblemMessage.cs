using System.Net;
using System.Text.Json;

namespace Ecommerce.Backoffice.Clients;

/// <summary>Turns a service's problem details (or its silence) into one sentence for the page.</summary>
public static class ProblemMessage
{
    public static async Task<string> FromAsync(string service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return "Your session has expired. Reload the page to sign in again.";
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return $"{service} refused: your account may not do this.";
        }

        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = problem.RootElement;
            var parts = new List<string>();
            if (Text(root, "title") is { } title)
            {
                parts.Add(title.TrimEnd('.') + ".");
            }

            if (Text(root, "detail") is { } detail)
            {
                parts.Add(detail);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(errors.EnumerateObject().SelectMany(field => field.Value.EnumerateArray().Select(message => message.GetString() ?? field.Name)));
            }

            if (parts.Count > 0)
            {
                return string.Join(' ', parts);
            }
        }
        catch (JsonException)
        {
        }

        return $"{service} answered {(int)response.StatusCode} {response.ReasonPhrase}. Try again in a moment.";
    }

    public static string Unreachable(string service) => $"{service} is not answering. Try again in a moment.";

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
