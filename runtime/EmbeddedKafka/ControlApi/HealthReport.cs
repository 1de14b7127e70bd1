namespace Ecommerce.EmbeddedKafka.ControlApi;

public sealed record HealthReport(string Status, string BootstrapServers, IReadOnlyList<BrokerStatus> Brokers);
