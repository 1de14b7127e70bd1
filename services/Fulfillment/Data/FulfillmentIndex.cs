using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.State;

namespace Ecommerce.Fulfillment.Data;

/// <summary>
/// Which fulfilments have a status, for the listing endpoint (the state API has no queries). Each status is split
/// over <see cref="ShardCount"/> keys by fulfilment id (<c>fulfillments|PROCESSING|7</c>), so concurrent writers
/// rarely meet on one key, and shipping moves an id out of the PROCESSING keys, so the open list stays as small as
/// the work waiting. An id may stand in the index of a status its fulfilment has not reached yet or has left: the
/// listing reads each fulfilment and keeps those whose stored status matches, so the index only says where to look.
/// </summary>
public sealed class FulfillmentIndex(DaprClient dapr)
{
    public const int ShardCount = 16;
    private const string Store = DaprComponents.FulfillmentStateStore;
    private const int WriteAttempts = 20;

    public static string KeyOf(string status, int shard) => $"fulfillments|{status}|{shard}";

    public static string KeyOf(string status, Guid id) => KeyOf(status, id.ToByteArray()[^1] % ShardCount);

    /// <summary>Adds the id under <paramref name="status"/> (once); false when other writers kept winning.</summary>
    public Task<bool> AddAsync(string status, Guid id, CancellationToken cancellationToken) =>
        UpdateAsync(KeyOf(status, id), ids => ids.Contains(id) ? null : [.. ids, id], cancellationToken);

    /// <summary>Takes the id out of <paramref name="status"/>; false when other writers kept winning.</summary>
    public Task<bool> RemoveAsync(string status, Guid id, CancellationToken cancellationToken) =>
        UpdateAsync(KeyOf(status, id), ids => ids.Contains(id) ? [.. ids.Where(other => other != id)] : null, cancellationToken);

    /// <summary>Every id indexed under any of <paramref name="statuses"/>.</summary>
    public async Task<IReadOnlyCollection<Guid>> ReadAsync(IEnumerable<string> statuses, CancellationToken cancellationToken)
    {
        var keys = statuses.SelectMany(status => Enumerable.Range(0, ShardCount).Select(shard => KeyOf(status, shard))).ToList();
        var shards = await dapr.GetBulkStateAsync<List<Guid>?>(Store, keys, parallelism: null, cancellationToken: cancellationToken);
        return shards.SelectMany(shard => shard.Value ?? []).ToHashSet();
    }

    private async Task<bool> UpdateAsync(string key, Func<List<Guid>, List<Guid>?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            var (ids, etag) = await dapr.GetStateAndETagAsync<List<Guid>?>(Store, key, cancellationToken: cancellationToken);
            if (change(ids ?? []) is not { } changed)
            {
                return true;
            }

            if (await dapr.TrySaveFirstWriteAsync(Store, key, changed, etag, cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * (attempt + 1))), cancellationToken);
        }

        return false;
    }
}
