using Dapr;
using Dapr.Client;
using Ecommerce.Contracts;

namespace Ecommerce.Fulfillment.Data;

/// <summary>
/// Fulfilments in the Dapr state store, one key each ("fulfillment-{id}", the id derived from the order's, so an
/// order's fulfilment is one read away), every write guarded by its ETag; listing by status goes through the
/// <see cref="FulfillmentIndex"/>.
/// </summary>
public sealed class FulfillmentStore(DaprClient dapr, FulfillmentIndex index)
{
    private const string Store = DaprComponents.FulfillmentStateStore;

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

    /// <summary>The fulfilments whose stored status is one of <paramref name="statuses"/>, oldest first.</summary>
    public async Task<IReadOnlyList<OrderFulfillment>> ListAsync(IReadOnlyCollection<string> statuses, CancellationToken cancellationToken)
    {
        var ids = await index.ReadAsync(statuses, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await dapr.GetBulkStateAsync<OrderFulfillment?>(
            Store, ids.Select(KeyOf).ToList(), parallelism: null, cancellationToken: cancellationToken);
        return items
            .Select(item => item.Value)
            .OfType<OrderFulfillment>()
            .Where(fulfillment => statuses.Contains(fulfillment.Status))
            .OrderBy(fulfillment => fulfillment.CreatedAt)
            .ToList();
    }
}
