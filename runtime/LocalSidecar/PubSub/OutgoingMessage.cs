namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>What a publish hands to the broker: the partition key, the bytes and the headers.</summary>
public sealed record OutgoingMessage(string? Key, byte[] Value, IReadOnlyDictionary<string, string> Headers);
