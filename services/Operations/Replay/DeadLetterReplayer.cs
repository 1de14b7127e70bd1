using System.Text.Json;
using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Operations.Data;
using Ecommerce.Operations.Telemetry;

namespace Ecommerce.Operations.Replay;

/// <summary>
/// Publishes a dead letter's original data to its original topic, keyed by its order id, then records the replay.
/// Consumers are idempotent, so a replay of something that was handled after all does no harm.
/// </summary>
public sealed class DeadLetterReplayer(DaprClient dapr, DeadLetterStore store, OperationsMetrics metrics)
{
    /// <summary>Only business topics are replayed: a topic read from a message is not trusted as a destination.</summary>
    public static bool CanReplayTo(string topic) => Topics.All.Contains(topic);

    /// <returns>The row after the replay, or null if it was deleted meanwhile.</returns>
    public async Task<DeadLetterRow?> ReplayAsync(DeadLetterRow row, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<JsonElement>(row.Payload);
        var metadata = new Dictionary<string, string>();
        if (ReplayPartitionKey.Of(payload) is { } orderId)
        {
            metadata["partitionKey"] = orderId;
        }

        await dapr.PublishEventAsync(DaprComponents.PubSub, row.OriginalTopic, payload, metadata, cancellationToken);
        metrics.Replayed(row.OriginalTopic);
        return await store.MarkReplayedAsync(row.Id, cancellationToken);
    }
}
