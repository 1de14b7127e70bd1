using Ecommerce.EndToEnd;
using Ecommerce.EndToEnd.Clients;

namespace Ecommerce.Faults.Checks;

/// <summary>Fulfillment's side of a run: every Confirmed order has exactly one fulfilment waiting to be shipped.</summary>
public static class Warehouse
{
    /// <summary>Waits until each order has a fulfilment (or the timeout passes); returns the orders with none and with more than one.</summary>
    public static async Task<(int Missing, int Duplicated)> WaitForFulfilmentsAsync(
        FulfillmentClient fulfillment, IReadOnlyList<Guid> orders, TimeSpan timeout, CancellationToken ct)
    {
        var counts = orders.ToDictionary(order => order, _ => 0);
        try
        {
            await Eventually.UntilAsync(async token =>
            {
                foreach (var order in counts.Where(entry => entry.Value == 0).Select(entry => entry.Key).ToList())
                {
                    counts[order] = (await Transient.RetryAsync(t => fulfillment.ListAsync(orderId: order, ct: t), token)).Count;
                }

                return counts.Count(entry => entry.Value == 0);
            }, missing => missing == 0, timeout, "a fulfilment for every Confirmed order", ct);
        }
        catch (TimeoutException)
        {
            // Reported as missing below.
        }

        return (counts.Count(entry => entry.Value == 0), counts.Count(entry => entry.Value > 1));
    }
}
