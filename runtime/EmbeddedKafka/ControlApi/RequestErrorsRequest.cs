using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.ControlApi;

/// <summary>Errors for the next requests with a Kafka API key; errors by name ("NotLeaderForPartition") or number.</summary>
public sealed record RequestErrorsRequest(short ApiKey, IReadOnlyList<ErrorCode> Errors);
