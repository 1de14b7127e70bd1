namespace Ecommerce.EmbeddedKafka.ControlApi;

public sealed record BrokerStatus(int Id, int Port, bool Up);
