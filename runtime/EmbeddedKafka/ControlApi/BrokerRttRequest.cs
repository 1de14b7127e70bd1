namespace Ecommerce.EmbeddedKafka.ControlApi;

public sealed record BrokerRttRequest(int Milliseconds);
