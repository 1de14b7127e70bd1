namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>Places an order from the orders page's "Place a test order" form, as an operator would.</summary>
internal static class TestOrders
{
    /// <summary>Fills in and sends the form; returns the id its notice names (a new one, if an earlier order's notice shows).</summary>
    public static async Task<string> PlaceAsync(IPage page, string productId, int quantity = 1)
    {
        var form = page.GetByTestId("test-order-form");
        var notice = page.GetByTestId("test-order-placed");
        var earlier = await notice.CountAsync() > 0 ? await notice.GetAttributeAsync("data-order-id") : null;
        if (!await form.IsVisibleAsync())
        {
            await page.GetByText("Place a test order", new() { Exact = true }).ClickAsync();
        }

        await page.GetByTestId("test-order-product").SelectOptionAsync(productId);
        await page.GetByTestId("test-order-quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Place test order" }).ClickAsync();
        var placed = earlier is null ? notice : page.Locator($"[data-testid='test-order-placed']:not([data-order-id='{earlier}'])");
        await Expect(placed).ToBeVisibleAsync();
        var orderId = await placed.GetAttributeAsync("data-order-id");
        Assert.True(Guid.TryParse(orderId, out _), $"the notice names the order ({orderId})");
        return orderId!;
    }
}
