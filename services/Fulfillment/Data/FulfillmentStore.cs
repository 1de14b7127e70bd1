using Dapr;
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

    // Without an ETag, first-write concurrency means "create only if the key does not exist yet". When it does exist,
    // daprd's stores fail with a plain error ("no item was updated"), not an ETag mismatch, so the SDK throws
    // DaprException instead of returning false: creation reads first, and reads again after a failure.
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
        if ((await GetAsync(candidate.Id, cancellationToken)).Fulfillment is { } existing)
        {
            return existing;
        }

        try
        {
            await dapr.SaveStateAsync(Store, KeyOf(candidate.Id), candidate, FirstWrite, cancellationToken: cancellationToken);
            return candidate;
        }
        catch (DaprException)
        {
            // Lost a race with another delivery of the same order, or the sidecar is away (then this read throws too).
            var (winner, _) = await GetAsync(candidate.Id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }

    /// <summary>Saves only if the stored fulfilment still has <paramref name="etag"/>.</summary>
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
            if (await TrySaveIndexAsync(ids, etag, cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * (attempt + 1))), cancellationToken);
        }

        return false;
    }

    private async Task<bool> TrySaveIndexAsync(List<Guid> ids, string? etag, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(etag))
        {
            return await dapr.TrySaveStateAsync(Store, IndexKey, ids, etag, FirstWrite, cancellationToken: cancellationToken);
        }

        try
        {
            await dapr.SaveStateAsync(Store, IndexKey, ids, FirstWrite, cancellationToken: cancellationToken);
            return true;
        }
        catch (DaprException)
        {
            // Another writer created the index first (or the sidecar is away, which the next read reports).
            return false;
        }
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
