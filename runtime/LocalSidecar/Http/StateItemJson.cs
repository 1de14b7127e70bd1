using System.Text;
using System.Text.Json;
using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Grpc;
using Google.Protobuf;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>
/// Reads the state items of daprd's HTTP API (<c>{key, value, etag, options{concurrency, consistency}, metadata}</c>)
/// into the gRPC API's <see cref="StateItem"/>. The value is JSON, so it is marked <c>contentType: application/json</c>,
/// as daprd hands a decoded JSON value (not bytes) to the store.
/// </summary>
internal static class StateItemJson
{
    public static StateItem Read(JsonElement item, IReadOnlyDictionary<string, string> requestMetadata)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw DaprErrors.Malformed("each state item must be an object");
        }

        var state = new StateItem { Key = Text(item, "key") ?? "" };
        if (item.TryGetProperty("value", out var value))
        {
            state.Value = ByteString.CopyFrom(Encoding.UTF8.GetBytes(value.GetRawText()));
            state.Metadata["contentType"] = "application/json";
        }

        if (Text(item, "etag") is { Length: > 0 } etag)
        {
            state.Etag = new Etag { Value = etag };
        }

        if (item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            state.Options = new StateOptions
            {
                Concurrency = Text(options, "concurrency") == "first-write"
                    ? StateOptions.Types.StateConcurrency.ConcurrencyFirstWrite
                    : StateOptions.Types.StateConcurrency.ConcurrencyLastWrite,
            };
        }

        state.Metadata.Add(requestMetadata.Where(m => !state.Metadata.ContainsKey(m.Key)).ToDictionary());
        foreach (var entry in item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? metadata.EnumerateObject() : default)
        {
            state.Metadata[entry.Name] = entry.Value.ToString();
        }

        return state;
    }

    public static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw DaprErrors.Malformed(e.Message);
        }
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
