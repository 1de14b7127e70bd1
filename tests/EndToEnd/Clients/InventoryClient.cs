using System.Net.Http.Json;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>Inventory's catalog and restock API.</summary>
public sealed class InventoryClient(HttpClient http)
{
    public async Task<ProductView> GetProductAsync(string productId, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<ProductView>($"/products/{Uri.EscapeDataString(productId)}", ct)
        ?? throw new InvalidOperationException($"GET /products/{productId} answered null.");

    public async Task<ProductView> RestockAsync(string productId, int quantity, CancellationToken ct = default)
    {
        using var response = await http.PostAsJsonAsync($"/products/{Uri.EscapeDataString(productId)}/restock", new { quantity }, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ProductView>(ct)
            ?? throw new InvalidOperationException("Restock answered null.");
    }
}
