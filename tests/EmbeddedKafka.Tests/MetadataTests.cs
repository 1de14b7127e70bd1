using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class MetadataTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Metadata_lists_three_brokers_at_their_advertised_ports_and_the_precreated_topics()
    {
        var small = TestClusters.UniqueTopic("small");
        var large = TestClusters.UniqueTopic("large");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((small, 2), (large, 6)));
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        var metadata = admin.GetMetadata(Timeout);

        Assert.Equal(
            [(1, "127.0.0.1", cluster.Ports[0]), (2, "127.0.0.1", cluster.Ports[1]), (3, "127.0.0.1", cluster.Ports[2])],
            metadata.Brokers.Select(b => (b.BrokerId, b.Host, b.Port)).OrderBy(b => b.BrokerId));
        Assert.Equal(2, metadata.Topics.Single(t => t.Topic == small).Partitions.Count);
        Assert.Equal(6, metadata.Topics.Single(t => t.Topic == large).Partitions.Count);
        Assert.Equal(string.Join(',', cluster.Ports.Select(p => $"127.0.0.1:{p}")), cluster.BootstrapServers);
    }

    [Fact]
    public async Task A_topic_created_after_start_appears_with_its_partition_count()
    {
        var topic = TestClusters.UniqueTopic("created");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options());
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        cluster.CreateTopic(topic, 5);

        Assert.Equal(5, admin.GetMetadata(topic, Timeout).Topics.Single().Partitions.Count);
    }

    [Fact]
    public async Task Creating_an_existing_topic_throws_topic_already_exists()
    {
        var topic = TestClusters.UniqueTopic("existing");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 1)));

        var error = Assert.Throws<KafkaException>(() => cluster.CreateTopic(topic, 1));

        Assert.Equal(ErrorCode.TopicAlreadyExists, error.Error.Code);
    }

    [Fact]
    public async Task Topics_without_a_partition_count_get_the_default()
    {
        var topic = TestClusters.UniqueTopic("defaulted");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 0)) with { DefaultPartitions = 7 });
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        Assert.Equal(7, admin.GetMetadata(topic, Timeout).Topics.Single().Partitions.Count);
    }
}
