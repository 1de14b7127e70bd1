using System.Net;
using System.Net.Sockets;
using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Dispose_frees_the_ports_so_a_second_cluster_can_start_on_them()
    {
        var topic = TestClusters.UniqueTopic("lifecycle");
        var first = KafkaMockCluster.Start(TestClusters.Options((topic, 1)));
        var ports = first.Ports;
        await ProduceOneAsync(first, topic);
        await first.DisposeAsync();

        await using var second = KafkaMockCluster.Start(TestClusters.Options((topic, 1)) with { Ports = ports });

        Assert.Equal(ports, second.Ports);
        var delivered = await ProduceOneAsync(second, topic);
        Assert.Equal(0, delivered.Offset.Value);
    }

    [Fact]
    public void A_taken_port_stops_the_start_with_an_error_naming_the_port()
    {
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var taken = ((IPEndPoint)holder.LocalEndPoint!).Port;

        var error = Assert.Throws<KafkaPortUnavailableException>(
            () => KafkaMockCluster.Start(TestClusters.Options() with { Ports = [0, taken, 0] }));

        Assert.Equal(taken, error.Port);
        Assert.Contains(taken.ToString(), error.Message);
    }

    [Fact]
    public void Ports_not_one_per_broker_are_refused()
    {
        Assert.Throws<ArgumentException>(() => KafkaMockCluster.Start(TestClusters.Options() with { Ports = [0, 0] }));
    }

    [Fact]
    public async Task Fault_injection_after_dispose_throws_ObjectDisposedException()
    {
        var cluster = KafkaMockCluster.Start(TestClusters.Options());
        await cluster.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => cluster.SetBrokerDown(1));
        Assert.Throws<ObjectDisposedException>(() => cluster.PushRequestErrors(0, ErrorCode.RequestTimedOut));
    }

    private static async Task<DeliveryResult<Null, string>> ProduceOneAsync(KafkaMockCluster cluster, string topic)
    {
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        return await producer.ProduceAsync(topic, new Message<Null, string> { Value = "hello" });
    }
}
