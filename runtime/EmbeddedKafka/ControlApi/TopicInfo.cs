namespace Ecommerce.EmbeddedKafka.ControlApi;

public sealed record TopicInfo(string Name, int Partitions);
