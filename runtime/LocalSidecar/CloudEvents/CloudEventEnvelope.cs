using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecommerce.LocalSidecar.CloudEvents;

/// <summary>Builds the CloudEvent 1.0 envelope daprd wraps published data in.</summary>
public static class CloudEventEnvelope
{
    public const string ContentType = "application/cloudevents+json";
    public const string EventType = "com.dapr.event.sent";
    public const string DefaultDataContentType = "text/plain";

    public static JsonObject Wrap(PublishContext context, byte[] data, string? dataContentType)
    {
        var contentType = string.IsNullOrEmpty(dataContentType) ? DefaultDataContentType : dataContentType;
        var envelope = IsCloudEvent(contentType) && TryParseObject(data) is { } given ? given : new JsonObject();
        if (!envelope.ContainsKey("data") && !envelope.ContainsKey("data_base64"))
        {
            envelope["datacontenttype"] = contentType;
            AddData(envelope, data, contentType);
        }

        SetIfMissing(envelope, "id", context.Metadata.GetValueOrDefault("cloudevent.id") ?? Guid.NewGuid().ToString());
        SetIfMissing(envelope, "source", context.Metadata.GetValueOrDefault("cloudevent.source") ?? context.AppId);
        SetIfMissing(envelope, "type", context.Metadata.GetValueOrDefault("cloudevent.type") ?? EventType);
        SetIfMissing(envelope, "specversion", "1.0");
        envelope["topic"] = context.Topic;
        envelope["pubsubname"] = context.PubSubName;
        envelope["traceid"] = context.TraceParent;
        envelope["traceparent"] = context.TraceParent;
        envelope["tracestate"] = context.TraceState ?? "";
        SetIfMissing(envelope, "time", context.Now.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture));
        return envelope;
    }

    public static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    public static JsonObject? TryParseObject(byte[] data)
    {
        try
        {
            return JsonNode.Parse(data) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsCloudEvent(string contentType) =>
        contentType.Split(';')[0].Trim().Equals(ContentType, StringComparison.OrdinalIgnoreCase);

    private static void AddData(JsonObject envelope, byte[] data, string contentType)
    {
        if (IsJson(contentType) && TryParse(data) is var (ok, node) && ok)
        {
            envelope["data"] = node;
        }
        else if (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            envelope["data"] = Encoding.UTF8.GetString(data);
        }
        else
        {
            envelope["data_base64"] = Convert.ToBase64String(data);
        }
    }

    private static (bool Ok, JsonNode? Node) TryParse(byte[] data)
    {
        try
        {
            return (true, JsonNode.Parse(data));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }

    private static void SetIfMissing(JsonObject envelope, string name, string value)
    {
        if (envelope[name] is null)
        {
            envelope[name] = value;
        }
    }
}
