using System.Diagnostics;
using System.Net;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.Faults.Hosting;

namespace Ecommerce.Faults.Load;

/// <summary>
/// Open-loop placement, as bench/LoadBench places: order i is sent at start + i/rate whether or not earlier ones were
/// answered, so a fault sees the offered rate, not one the slowed system sets itself. Each order is one unit of one
/// product, for one of the run's customers in turn (placement is rate-limited per caller), with its own
/// Idempotency-Key; every call goes to the app host running at that moment, with that host's tokens, and to the next
/// of its healthy Ordering replicas (<see cref="FaultShop.NextOrderingEntrance"/>).
/// </summary>
public sealed class OrderStream(FaultShop shop, string productId, IReadOnlyList<string> customers)
{
    /// <summary>Places orders from now until <paramref name="until"/> has completed and <paramref name="after"/> has passed since.</summary>
    public async Task<IReadOnlyList<Placement>> PlaceAsync(double rate, Task until, TimeSpan after, CancellationToken ct)
    {
        var sends = new List<Task<Placement>>();
        var clock = Stopwatch.StartNew();
        TimeSpan? stopAt = null;
        for (var i = 0; stopAt is null || clock.Elapsed < stopAt; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, ct);
            }

            if (stopAt is null && until.IsCompleted)
            {
                stopAt = clock.Elapsed + after;
            }

            sends.Add(SendAsync(OrderRequest.For(customers[i % customers.Count], (productId, 1)), ct));
        }

        return await Task.WhenAll(sends);
    }

    private async Task<Placement> SendAsync(OrderRequest order, CancellationToken ct)
    {
        var entrance = shop.NextOrderingEntrance();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            using var response = await shop.OrderingThrough(entrance).PostAsync(order, Guid.NewGuid().ToString("N"), timeout.Token);
            return response.StatusCode == HttpStatusCode.Accepted
                ? new Placement(entrance, OrderingClient.IdFromLocation(response), 202)
                : new Placement(entrance, null, (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Ordering (or the whole host) is down: no answer. Whether it stored the order anyway is read from its
            // database afterwards, so an order accepted without an answer still counts.
            return new Placement(entrance, null, 0, exception.GetType().Name);
        }
    }
}
