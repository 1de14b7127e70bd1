namespace Ecommerce.EmbeddedKafka.Tests;

internal static class TestClusters
{
    /// <summary>Free ports and immediate group joins, so tests run side by side and fast.</summary>
    public static KafkaMockClusterOptions Options(params (string Topic, int Partitions)[] topics) => new()
    {
        Ports = [0, 0, 0],
        Topics = topics.ToDictionary(t => t.Topic, t => t.Partitions),
        GroupInitialRebalanceDelayMs = 0,
    };

    public static string UniqueTopic(string name) => $"{name}-{Guid.NewGuid():N}";
}
