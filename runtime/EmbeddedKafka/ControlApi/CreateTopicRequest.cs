namespace Ecommerce.EmbeddedKafka.ControlApi;

/// <summary>The body of <c>POST /topics</c>: a name and a partition count (absent or 0: the configured default).</summary>
public sealed record CreateTopicRequest(string Name, int? Partitions);
