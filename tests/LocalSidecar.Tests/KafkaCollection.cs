using Ecommerce.EmbeddedKafka;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>One embedded Kafka cluster for the Kafka tests; each test uses its own topics and consumer groups.</summary>
public sealed class KafkaFixture : IAsyncLifetime
{
    public KafkaMockCluster Cluster { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Cluster = KafkaMockCluster.Start(new KafkaMockClusterOptions { Ports = [0, 0, 0], GroupInitialRebalanceDelayMs = 0 });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class KafkaCollection : ICollectionFixture<KafkaFixture>
{
    public const string Name = "kafka";
}
