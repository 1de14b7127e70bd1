using Dapr;
using Dapr.Client;

namespace Ecommerce.ServiceDefaults.State;

/// <summary>Optimistic writes to a Dapr state store, as daprd's stores answer them.</summary>
public static class DaprStateExtensions
{
    private static readonly StateOptions FirstWrite = new() { Concurrency = ConcurrencyMode.FirstWrite };

    /// <summary>
    /// Saves <paramref name="value"/> only if the key still has <paramref name="etag"/>, or, without an ETag, only if
    /// the key does not exist yet. False when another writer got there first: the caller reads again and decides.
    /// </summary>
    public static async Task<bool> TrySaveFirstWriteAsync<TValue>(
        this DaprClient dapr, string store, string key, TValue value, string? etag, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(etag))
        {
            return await dapr.TrySaveStateAsync(store, key, value, etag, FirstWrite, cancellationToken: cancellationToken);
        }

        try
        {
            // First-write without an ETag is an insert: daprd's stores fail it with a plain error (not an ETag
            // mismatch) when the key exists, so the SDK throws instead of returning false.
            await dapr.SaveStateAsync(store, key, value, FirstWrite, cancellationToken: cancellationToken);
            return true;
        }
        catch (DaprException)
        {
            // Another writer inserted first, or the store failed; the caller's next read tells which (and throws if the store is down).
            return false;
        }
    }
}
