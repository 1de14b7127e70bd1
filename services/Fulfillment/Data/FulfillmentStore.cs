using Dapr.Client;
using Ecommerce.Contracts;

namespace Ecommerce.Fulfillment.Data;

/// <summary>
/// Fulfilments in the Dapr state store, one key each ("fulfillment-{id}"), every write guarded by its ETag. The
/// store has no queries (our sidecar's state API is key/value), so the key "fulfillments-index" lists every
/// fulfilment id for the listing endpoint; it is updated with optimistic concurrency and retried on conflict.
/// </summary>
public sealed class FulfillmentStore(DaprClient dapr)
{
    public const string IndexKey = "fulfillments-index";
    private const string Store = DaprComponents.FulfillmentStateStore;
    private const int IndexAttempts = 20;

    // No ETag with first-write concurrency means "create, only if the key does not exist yet" (daprd's rule).
    private static readonly StateOptions FirstWrite = new() { Concurrency = ConcurrencyMode.FirstWrite };

    public static string KeyOf(Guid id) => "fulfillment-" + id;

    public async Task<(OrderFulfillment? Fulfillment, string ETag)> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (fulfillment, etag) = await dapr.GetStateAndETagAsync<OrderFulfillment?>(
            Store, KeyOf(id), cancellationToken: cancellationToken);
        return (fulfillment, etag ?? "");
    }

    /// <summary>Creates the fulfilment unless it exists; returns the one that is stored either way.</summary>
    public async Task<OrderFulfillment> CreateAsync(OrderFulfillment candidate, CancellationToken cancellationToken)
    {
        if (await TrySaveAsync(candidate, etag: "", cancellationToken))
        {
            return candidate;
        }

        var (existing, _) = await GetAsync(candidate.Id, cancellationToken);
        return existing ?? throw new InvalidOperationException(
            $"Fulfilment {candidate.Id} could neither be created nor read: the state store is not behaving as daprd.");
    }

    /// <summary>Saves only if the stored fulfilment still has <paramref name="etag"/> ("" = only if there is none).</summary>
    public Task<bool> TrySaveAsync(OrderFulfillment fulfillment, string etag, CancellationToken cancellationToken) =>
        dapr.TrySaveStateAsync(Store, KeyOf(fulfillment.Id), fulfillment, etag, FirstWrite, cancellationToken: cancellationToken);

    /// <summary>Adds the id to the index (once); false when other writers kept winning, so the caller retries later.</summary>
    public async Task<bool> IndexAsync(Guid id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < IndexAttempts; attempt++)
        {
            var (ids, etag) = await dapr.GetStateAndETagAsync<List<Guid>?>(Store, IndexKey, cancellationToken: cancellationToken);
            ids ??= [];
            if (ids.Contains(id))
            {
                return true;
            }

            ids.Add(id);
            if (await dapr.TrySaveStateAsync(Store, IndexKey, ids, etag ?? "", FirstWrite, cancellationToken: cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * (attempt + 1))), cancellationToken);
        }

        return false;
    }

    public async Task<IReadOnlyList<OrderFulfillment>> ListAsync(CancellationToken cancellationToken)
    {
        var ids = await dapr.GetStateAsync<List<Guid>?>(Store, IndexKey, cancellationToken: cancellationToken);
        if (ids is not { Count: > 0 })
        {
            return [];
        }

        var items = await dapr.GetBulkStateAsync<OrderFulfillment?>(
            Store, ids.Select(KeyOf).ToList(), parallelism: null, cancellationToken: cancellationToken);
        return items
            .Select(item => item.Value)
            .OfType<OrderFulfillment>()
            .OrderBy(fulfillment => fulfillment.CreatedAt)
            .ToList();
    }
}
