using System.Text.Json;

namespace Ecommerce.Operations.Subscriptions;

/// <summary>
/// A dead letter as Operations keeps it: the original CloudEvent (<see cref="Envelope"/>) and its data
/// (<see cref="Payload"/>), the topic it was meant for, and why and after how many attempts it was given up.
/// </summary>
public sealed record DeadLetterMessage(
    string MessageId,
    string OriginalTopic,
    string DeadLetterTopic,
    JsonElement Envelope,
    JsonElement Payload,
    string? Error,
    int? Attempts);
