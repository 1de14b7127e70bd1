using System.Net.Http.Json;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>The warehouse operator's API.</summary>
public sealed class FulfillmentClient(HttpClient http)
{
    public const string Processing = "PROCESSING";
    public const string Shipped = "SHIPPED";

    public async Task<IReadOnlyList<FulfillmentView>> ListAsync(string? status = null, Guid? orderId = null, CancellationToken ct = default)
    {
        var query = new List<string>();
        if (status is not null)
        {
            query.Add($"status={status}");
        }

        if (orderId is not null)
        {
            query.Add($"orderId={orderId}");
        }

        var uri = query.Count == 0 ? "/fulfillments" : $"/fulfillments?{string.Join('&', query)}";
        return await http.GetFromJsonAsync<List<FulfillmentView>>(uri, ct) ?? [];
    }

    /// <summary>Waits until GET /fulfillments?status=PROCESSING lists the order's fulfilment, and returns it.</summary>
    public async Task<FulfillmentView> WaitUntilReadyAsync(Guid orderId, TimeSpan timeout, CancellationToken ct = default)
    {
        var ready = await Eventually.UntilAsync(
            token => ListAsync(Processing, ct: token),
            list => list.Any(fulfillment => fulfillment.OrderId == orderId),
            timeout, $"a PROCESSING fulfilment of order {orderId}", ct);
        return ready.Single(fulfillment => fulfillment.OrderId == orderId);
    }

    public Task<HttpResponseMessage> ShipAsync(Guid fulfillmentId, CancellationToken ct = default) =>
        http.PostAsync($"/fulfillments/{fulfillmentId}/ship", content: null, ct);
}
