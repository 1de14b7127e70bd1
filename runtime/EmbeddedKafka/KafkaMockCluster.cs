using System.Net.Sockets;
using System.Runtime.InteropServices;
using Confluent.Kafka;
using Ecommerce.EmbeddedKafka.Forwarding;
using Ecommerce.EmbeddedKafka.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ecommerce.EmbeddedKafka;

/// <summary>
/// A Kafka-protocol cluster in this process: librdkafka's mock brokers, reachable on stable loopback ports through
/// forwarders and advertised under those ports, with fault injection for tests. Data lives in memory only.
/// </summary>
public sealed class KafkaMockCluster : IAsyncDisposable
{
    private const string Host = "127.0.0.1";

    private readonly IProducer<Null, Null> owner;
    private readonly IntPtr cluster;
    private readonly TcpForwarder[] forwarders;
    private readonly int defaultPartitions;
    private int disposed;

    private KafkaMockCluster(IProducer<Null, Null> owner, IntPtr cluster, TcpForwarder[] forwarders, int defaultPartitions)
    {
        this.owner = owner;
        this.cluster = cluster;
        this.forwarders = forwarders;
        this.defaultPartitions = defaultPartitions;
        Ports = [.. forwarders.Select(f => f.Port)];
        BootstrapServers = string.Join(',', Ports.Select(p => $"{Host}:{p}"));
    }

    /// <summary>The <c>bootstrap.servers</c> value for clients: every broker's advertised address.</summary>
    public string BootstrapServers { get; }

    /// <summary>The advertised port of each broker, in broker id order (broker 1 first).</summary>
    public IReadOnlyList<int> Ports { get; }

    public int BrokerCount => forwarders.Length;

    /// <exception cref="KafkaPortUnavailableException">A requested port is taken.</exception>
    public static KafkaMockCluster Start(KafkaMockClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var logger = options.Logger ?? NullLogger.Instance;
        LibrdkafkaResolver.Register();

        var forwarders = new List<TcpForwarder>();
        IProducer<Null, Null>? owner = null;
        var cluster = IntPtr.Zero;
        try
        {
            foreach (var port in options.Ports)
            {
                forwarders.Add(BindForwarder(port, logger));
            }

            // The mock needs an rd_kafka_t for bookkeeping only; a producer without brokers never connects anywhere.
            owner = new ProducerBuilder<Null, Null>(new ProducerConfig())
                .SetLogHandler((_, message) => LibrdkafkaLog.WriteOwnerMessage(logger, message))
                .Build();
            cluster = RdKafkaMockApi.rd_kafka_mock_cluster_new(ClientHandle.RdKafkaPointer(owner), options.BrokerCount);
            if (cluster == IntPtr.Zero)
            {
                throw new InvalidOperationException("librdkafka could not create the mock cluster (see its log).");
            }

            var brokerEndpoints = MockBootstraps.Parse(Marshal.PtrToStringUTF8(RdKafkaMockApi.rd_kafka_mock_cluster_bootstraps(cluster)));
            for (var i = 0; i < forwarders.Count; i++)
            {
                RdKafkaMockApi.rd_kafka_mock_broker_set_host_port(cluster, i + 1, Host, forwarders[i].Port);
            }

            // Without a controller in Metadata responses the AdminClient waits forever.
            RdKafkaMockApi.rd_kafka_mock_set_controller_id(cluster, 1);
            RdKafkaMockApi.rd_kafka_mock_group_initial_rebalance_delay_ms(cluster, options.GroupInitialRebalanceDelayMs);
            foreach (var (topic, partitions) in options.Topics)
            {
                CreateTopic(cluster, topic, partitions > 0 ? partitions : options.DefaultPartitions, options.BrokerCount);
            }

            for (var i = 0; i < forwarders.Count; i++)
            {
                forwarders[i].Start(brokerEndpoints[i]);
            }

            return new KafkaMockCluster(owner, cluster, [.. forwarders], options.DefaultPartitions);
        }
        catch
        {
            forwarders.ForEach(f => f.StopListening());
            if (cluster != IntPtr.Zero)
            {
                RdKafkaMockApi.rd_kafka_mock_cluster_destroy(cluster);
            }

            owner?.Dispose();
            throw;
        }
    }

    /// <summary>Partitions of a topic created without a count (<see cref="KafkaMockClusterOptions.DefaultPartitions"/>).</summary>
    public int DefaultPartitions => defaultPartitions;

    /// <summary>Creates a topic with <see cref="KafkaMockClusterOptions.DefaultPartitions"/> partitions.</summary>
    public void CreateTopic(string name) => CreateTopic(name, defaultPartitions);

    /// <exception cref="KafkaException">The topic exists already (<see cref="ErrorCode.TopicAlreadyExists"/>) or is invalid.</exception>
    public void CreateTopic(string name, int partitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ThrowIfDisposed();
        CreateTopic(cluster, name, partitions, BrokerCount);
    }

    /// <summary>Closes the broker's connections and refuses new ones. Its partitions keep it as leader (no failover).</summary>
    public void SetBrokerDown(int brokerId)
    {
        var forwarder = ForwarderOf(brokerId);
        forwarder.SetDown();
        ThrowIfFailed(RdKafkaMockApi.rd_kafka_mock_broker_set_down(cluster, brokerId), "set broker down");
    }

    public void SetBrokerUp(int brokerId)
    {
        var forwarder = ForwarderOf(brokerId);
        ThrowIfFailed(RdKafkaMockApi.rd_kafka_mock_broker_set_up(cluster, brokerId), "set broker up");
        forwarder.SetUp();
    }

    public bool IsBrokerUp(int brokerId) => !ForwarderOf(brokerId).IsDown;

    /// <summary>Delays every response of the broker by <paramref name="milliseconds"/>.</summary>
    public void SetBrokerRtt(int brokerId, int milliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
        ForwarderOf(brokerId);
        ThrowIfFailed(RdKafkaMockApi.rd_kafka_mock_broker_set_rtt(cluster, brokerId, milliseconds), "set broker RTT");
    }

    /// <summary>
    /// Makes the next requests with this Kafka API key (0 = Produce, 1 = Fetch, 3 = Metadata, ...) fail, one error
    /// per request in order, on whichever broker receives them. <see cref="ErrorCode.Local_Transport"/> disconnects.
    /// </summary>
    public void PushRequestErrors(short apiKey, params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(apiKey);
        ThrowIfDisposed();
        if (errors.Length > 0)
        {
            RdKafkaMockApi.rd_kafka_mock_push_request_errors_array(cluster, apiKey, (nuint)errors.Length, errors);
        }
    }

    public void ClearRequestErrors(short apiKey)
    {
        ThrowIfDisposed();
        RdKafkaMockApi.rd_kafka_mock_clear_request_errors(cluster, apiKey);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        foreach (var forwarder in forwarders)
        {
            await forwarder.DisposeAsync();
        }

        // The cluster keeps a pointer to the owner's rd_kafka_t, so it must go first.
        RdKafkaMockApi.rd_kafka_mock_cluster_destroy(cluster);
        owner.Dispose();
    }

    private static TcpForwarder BindForwarder(int port, ILogger logger)
    {
        try
        {
            return TcpForwarder.Bind(port, logger);
        }
        catch (SocketException e)
        {
            throw new KafkaPortUnavailableException(port, e);
        }
    }

    private static void CreateTopic(IntPtr cluster, string name, int partitions, int brokerCount)
    {
        var error = RdKafkaMockApi.rd_kafka_mock_topic_create(cluster, name, partitions, Math.Min(3, brokerCount));
        ThrowIfFailed(error, $"create topic {name}");
    }

    private TcpForwarder ForwarderOf(int brokerId)
    {
        ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokerId, BrokerCount);
        return forwarders[brokerId - 1];
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);

    private static void ThrowIfFailed(ErrorCode error, string action)
    {
        if (error != ErrorCode.NoError)
        {
            throw new KafkaException(new Error(error, $"Mock cluster could not {action}: {error}"));
        }
    }
}
