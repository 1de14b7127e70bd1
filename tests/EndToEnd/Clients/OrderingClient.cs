using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ecommerce.EndToEnd.Identity;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>
/// Ordering's HTTP API: an order is placed with the token of the customer the request names (the owner comes from the
/// token; the body's customerEmail is not read by the service); reads, lists and cancels use the client's own token.
/// </summary>
public sealed class OrderingClient(HttpClient http, IdentityClient identity)
{
    private const int MaxPageSize = 200;
    private static readonly string[] FinalStatuses = ["Shipped", "Cancelled"];

    /// <summary>POST /orders, answered as it is (for tests of the answer itself).</summary>
    public async Task<HttpResponseMessage> PostAsync(OrderRequest order, string? idempotencyKey = null, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = JsonContent.Create(order) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await identity.CustomerTokenAsync(order.CustomerEmail, ct));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request, ct);
    }

    /// <summary>Places an order, checks the 202 and its Location, and returns the order id.</summary>
    public async Task<Guid> PlaceAsync(OrderRequest order, string? idempotencyKey = null, CancellationToken ct = default)
    {
        using var response = await PostAsync(order, idempotencyKey, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /orders answered {(int)response.StatusCode}: {body}");
        return IdFromLocation(response);
    }

    public static Guid IdFromLocation(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("POST /orders answered without a Location.");
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        Assert.StartsWith("/orders/", path, StringComparison.Ordinal);
        return Guid.Parse(path["/orders/".Length..]);
    }

    public async Task<OrderView> GetAsync(Guid orderId, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<OrderView>($"/orders/{orderId}", ct)
        ?? throw new InvalidOperationException($"GET /orders/{orderId} answered null.");

    /// <summary>Every order of the customer, newest first, read page by page.</summary>
    public async Task<IReadOnlyList<OrderSummaryView>> ListAsync(string customerEmail, CancellationToken ct = default)
    {
        List<OrderSummaryView> orders = [];
        for (var page = 1; ; page++)
        {
            var read = await http.GetFromJsonAsync<OrderPageView>(
                $"/orders?customerEmail={Uri.EscapeDataString(customerEmail)}&page={page}&pageSize={MaxPageSize}", ct)
                ?? throw new InvalidOperationException("GET /orders answered null.");
            orders.AddRange(read.Items);
            if (read.Items.Count < MaxPageSize)
            {
                return orders;
            }
        }
    }

    public Task<HttpResponseMessage> CancelAsync(Guid orderId, CancellationToken ct = default) =>
        http.PostAsync($"/orders/{orderId}/cancel", content: null, ct);

    /// <summary>
    /// Waits until the order has <paramref name="status"/>; fails at once when it reaches another final status
    /// (a Cancelled order never becomes Confirmed), naming the reason.
    /// </summary>
    public async Task<OrderView> WaitForStatusAsync(Guid orderId, string status, TimeSpan timeout, CancellationToken ct = default)
    {
        var order = await Eventually.UntilAsync(
            token => GetAsync(orderId, token),
            seen => seen.Status == status || FinalStatuses.Contains(seen.Status),
            timeout, $"order {orderId} to be {status}", ct);
        Assert.True(order.Status == status, $"Expected {status}, but the order ended as {order}");
        return order;
    }
}
