namespace Ecommerce.Deployment.Tests;

/// <summary>deploy/compose.yaml and its scripts: the infrastructure for Dapr CLI users.</summary>
public sealed class ComposeTests
{
    [Fact]
    public void Compose_creates_every_topic_and_dead_letter_topic()
    {
        Assert.Equal(ContractNames.AllTopics.Order(), ComposeFiles.Topics().Keys.Order());
    }

    [Fact]
    public void Compose_topics_match_the_Kubernetes_KafkaTopics()
    {
        var kubernetes = Yaml.Documents(Repository.PathOf("deploy/k8s/infra/kafka/topics.yaml"))
            .ToDictionary(
                t => t.Scalar("spec", "topicName")!,
                t => (int.Parse(t.Scalar("spec", "partitions")!), long.Parse(t.Scalar("spec", "config", "retention.ms")!)));

        Assert.Equal(ComposeFiles.Topics().OrderBy(t => t.Key), kubernetes.OrderBy(t => t.Key));
    }

    [Fact]
    public void Compose_and_Kubernetes_PostgreSQL_create_the_same_databases()
    {
        Assert.Equal(
            ComposeFiles.Databases().Order(),
            ComposeFiles.Databases("deploy/k8s/infra/postgres/init.sql").Order());
    }

    [Fact]
    public void Compose_runs_three_brokers_on_the_seed_ports()
    {
        var services = Yaml.Single("deploy/compose.yaml").Mapping("services")!;
        var advertised = new[] { "kafka1", "kafka2", "kafka3" }
            .Select(b => services.Scalar(b, "environment", "KAFKA_ADVERTISED_LISTENERS") ?? "")
            .ToList();

        Assert.Equal(
            ["localhost:9092", "localhost:9093", "localhost:9094"],
            advertised.Select(a => a.Split(',').Single(l => l.StartsWith("EXTERNAL://", StringComparison.Ordinal))["EXTERNAL://".Length..]));
        Assert.Equal("localhost:9092,localhost:9093,localhost:9094", Yaml.Single("dapr.yaml").Scalar("common", "env", "KAFKA_BROKERS"));
    }
}
