using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;

namespace Ecommerce.Operations.Subscriptions;

/// <summary>
/// Reads what daprd (or the local sidecar) delivers from a dead-letter topic. daprd forwards the failed message's
/// bytes unchanged, so the delivery is the original CloudEvent, with its original <c>topic</c>. Two other shapes are
/// accepted: a raw-payload delivery (the original bytes in <c>data_base64</c>) and bytes that are no CloudEvent at all,
/// which are kept as text rather than lost. Never throws: a dead letter must not be dropped for its shape.
/// </summary>
public static class DeadLetterParser
{
    public const string ReasonAttribute = "deadletterreason";
    public const string AttemptsAttribute = "deadletterattempts";

    public static DeadLetterMessage Parse(ReadOnlySpan<byte> body, string deadLetterTopic)
    {
        var envelope = TryParseObject(body) is { } wire ? Unwrap(wire) : null;
        if (envelope is null)
        {
            var text = JsonSerializer.SerializeToElement(Encoding.UTF8.GetString(body));
            return new DeadLetterMessage(HashId(body), TopicFromName(deadLetterTopic), deadLetterTopic, text, text, "not a CloudEvent", null);
        }

        return new DeadLetterMessage(
            MessageId: StringOf(envelope, "id") ?? HashId(body),
            OriginalTopic: OriginalTopic(StringOf(envelope, "topic"), deadLetterTopic),
            DeadLetterTopic: deadLetterTopic,
            Envelope: envelope.Value,
            Payload: DataOf(envelope.Value),
            Error: StringOf(envelope, ReasonAttribute),
            Attempts: IntOf(envelope, AttemptsAttribute));
    }

    /// <summary>The dead-letter topic name minus its suffix: what the message was published to.</summary>
    public static string TopicFromName(string deadLetterTopic) =>
        deadLetterTopic.EndsWith(Topics.DeadLetterSuffix, StringComparison.Ordinal)
            ? deadLetterTopic[..^Topics.DeadLetterSuffix.Length]
            : deadLetterTopic;

    private static string OriginalTopic(string? envelopeTopic, string deadLetterTopic) =>
        string.IsNullOrWhiteSpace(envelopeTopic) || envelopeTopic == deadLetterTopic
            ? TopicFromName(deadLetterTopic)
            : envelopeTopic;

    private static JsonElement? Unwrap(JsonElement wire)
    {
        // rawPayload delivery: daprd wraps the topic's bytes (here: the original CloudEvent) in data_base64.
        if (StringOf(wire, "specversion") is not null && !wire.TryGetProperty("data", out _)
            && Base64Of(wire) is { } bytes
            && TryParseObject(bytes) is { } inner
            && StringOf(inner, "specversion") is not null)
        {
            return inner;
        }

        return StringOf(wire, "specversion") is not null ? wire : null;
    }

    private static JsonElement DataOf(JsonElement envelope)
    {
        if (envelope.TryGetProperty("data", out var data))
        {
            return data.Clone();
        }

        if (Base64Of(envelope) is { } bytes)
        {
            return TryParse(bytes) ?? JsonSerializer.SerializeToElement(Encoding.UTF8.GetString(bytes));
        }

        return JsonSerializer.SerializeToElement<JsonNode?>(null);
    }

    private static JsonElement? TryParseObject(ReadOnlySpan<byte> bytes) =>
        TryParse(bytes) is { ValueKind: JsonValueKind.Object } element ? element : null;

    private static byte[]? Base64Of(JsonElement envelope)
    {
        if (StringOf(envelope, "data_base64") is not { } text)
        {
            return null;
        }

        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private static JsonElement? TryParse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? IntOf(JsonElement? element, string property)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty(property, out var value))
        {
            return null;
        }

        // CloudEvents extension attributes are often strings even when they hold numbers.
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), out var number) => number,
            _ => null,
        };
    }

    private static string HashId(ReadOnlySpan<byte> body) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
}
