namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>A message read from the broker; <see cref="Metadata"/> holds what daprd's Kafka component reports
/// (<c>__key</c>, <c>__topic</c>, <c>__partition</c>, <c>__offset</c> and the message headers).</summary>
public sealed record IncomingMessage(string Topic, byte[] Value, IReadOnlyDictionary<string, string> Metadata);
