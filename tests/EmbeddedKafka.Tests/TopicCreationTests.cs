using System.Net;
using System.Net.Http.Json;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Ecommerce.EmbeddedKafka.ControlApi;

namespace Ecommerce.EmbeddedKafka.Tests;

/// <summary>
/// Topics on demand. librdkafka's mock cluster does not serve the Admin API's CreateTopics (the client refuses it
/// before sending), so topics are created by the control API, by the configured list at start, or on first use.
/// </summary>
public sealed class TopicCreationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_control_api_creates_a_topic_and_answers_conflict_for_the_same_name_again()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var process = EmbeddedKafkaProcess.Start("--ports", "0,0,0", "--control-port", "0");
        var (controlApi, bootstrapServers) = await process.WaitUntilReadyAsync(timeout.Token);
        using var http = new HttpClient { BaseAddress = controlApi };
        var topic = TestClusters.UniqueTopic("on-demand");

        using var created = await http.PostAsJsonAsync("/topics", new { name = topic, partitions = 3 }, timeout.Token);
        using var again = await http.PostAsJsonAsync("/topics", new { name = topic, partitions = 3 }, timeout.Token);
        using var defaulted = await http.PostAsJsonAsync("/topics", new { name = topic + "-default" }, timeout.Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(new TopicInfo(topic, 3), await created.Content.ReadFromJsonAsync<TopicInfo>(timeout.Token));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(new TopicInfo(topic + "-default", 4), await defaulted.Content.ReadFromJsonAsync<TopicInfo>(timeout.Token));
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        Assert.Equal(3, admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Count);
    }

    [Fact]
    public async Task The_first_produce_to_an_unknown_topic_creates_it()
    {
        var topic = TestClusters.UniqueTopic("first-use");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options());
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        var delivered = await producer.ProduceAsync(topic, new Message<Null, string> { Value = "first" });

        Assert.Equal(PersistenceStatus.Persisted, delivered.Status);
    }

    [Fact]
    public async Task The_admin_api_create_topics_is_not_served_by_the_mock_and_says_so()
    {
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options());
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        var error = await Assert.ThrowsAsync<KafkaException>(() =>
            admin.CreateTopicsAsync([new TopicSpecification { Name = TestClusters.UniqueTopic("admin"), NumPartitions = 1, ReplicationFactor = 1 }]));

        Assert.Contains("not supported by broker", error.Message);
    }
}
