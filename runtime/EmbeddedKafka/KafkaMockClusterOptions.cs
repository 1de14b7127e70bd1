using System.Net;
using Microsoft.Extensions.Logging;

namespace Ecommerce.EmbeddedKafka;

/// <summary>How to start a <see cref="KafkaMockCluster"/>.</summary>
public sealed record KafkaMockClusterOptions
{
    /// <summary>Brokers in the cluster; their ids are 1 to <see cref="BrokerCount"/>.</summary>
    public int BrokerCount { get; init; } = 3;

    /// <summary>
    /// The advertised loopback port of each broker, in broker id order (one per broker); 0 picks a free port.
    /// </summary>
    public IReadOnlyList<int> Ports { get; init; } = [9092, 9093, 9094];

    /// <summary>Topics created at start: name → partition count (0 means <see cref="DefaultPartitions"/>).</summary>
    public IReadOnlyDictionary<string, int> Topics { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Partitions of a topic created without a count. Topics that clients auto-create get the mock's own default, 4.
    /// </summary>
    public int DefaultPartitions { get; init; } = 4;

    /// <summary>Kafka's group.initial.rebalance.delay.ms (3000, as in Kafka); tests lower it to join groups faster.</summary>
    public int GroupInitialRebalanceDelayMs { get; init; } = 3000;

    /// <summary>Where librdkafka's and the forwarders' messages go; nowhere when null.</summary>
    public ILogger? Logger { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BrokerCount, 1, nameof(BrokerCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPartitions, 1, nameof(DefaultPartitions));
        ArgumentOutOfRangeException.ThrowIfNegative(GroupInitialRebalanceDelayMs, nameof(GroupInitialRebalanceDelayMs));
        ArgumentNullException.ThrowIfNull(Ports, nameof(Ports));
        ArgumentNullException.ThrowIfNull(Topics, nameof(Topics));
        if (Ports.Count != BrokerCount)
        {
            throw new ArgumentException($"{nameof(Ports)} must list one port per broker ({BrokerCount}), not {Ports.Count}.", nameof(Ports));
        }

        if (Ports.Any(p => p is < 0 or > IPEndPoint.MaxPort))
        {
            throw new ArgumentOutOfRangeException(nameof(Ports), $"{nameof(Ports)} must be between 0 and {IPEndPoint.MaxPort}.");
        }
    }
}
