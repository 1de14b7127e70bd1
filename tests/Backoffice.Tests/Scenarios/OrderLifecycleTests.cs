using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed class OrderLifecycleTests(BackofficeFixture shop)
{
    [Fact]
    public async Task A_test_order_appears_turns_Confirmed_without_a_reload_is_shipped_and_shows_Shipped()
    {
        var page = await shop.SignInAsync();
        try
        {
            // Place a test order from the orders page (for the test customer, with their own token).
            await page.GetByText("Place a test order", new() { Exact = true }).ClickAsync();
            await page.GetByTestId("test-order-product").SelectOptionAsync("sku-keyboard");
            await page.GetByTestId("test-order-quantity").FillAsync("2");
            await page.GetByRole(AriaRole.Button, new() { Name = "Place test order" }).ClickAsync();
            var placed = page.GetByTestId("test-order-placed");
            await Expect(placed).ToBeVisibleAsync();
            var orderId = await placed.GetAttributeAsync("data-order-id");
            Assert.True(Guid.TryParse(orderId, out _), $"the notice names the order ({orderId})");

            // The list shows it and its status moves to Confirmed by server push alone: nothing reloads the page.
            var reloads = 0;
            page.Load += (_, _) => reloads++;
            var row = page.Locator("tr", new() { Has = page.Locator($"a[data-order-id='{orderId}']") });
            await Expect(row).ToContainTextAsync(Accounts.TestCustomerEmail);
            await Expect(row.Locator("[data-status]")).ToHaveTextAsync("Confirmed");
            await Expect(row).ToContainTextAsync("179.80");
            Assert.Equal(0, reloads);
            await Screenshots.SaveAsync(page, "order-confirmed");

            // Ship it from the fulfilments page.
            await page.GetByRole(AriaRole.Link, new() { Name = "Fulfilments" }).ClickAsync();
            await page.Locator($"button[data-ship-order='{orderId}']").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "shipped" })).ToContainTextAsync(orderId!);
            await Expect(page.Locator($"button[data-ship-order='{orderId}']")).ToHaveCountAsync(0);

            // The order's page: Shipped, with every status change on its timeline.
            await page.GotoAsync($"/orders/{orderId}");
            await Expect(page.Locator(".facts [data-status]")).ToHaveTextAsync("Shipped");
            await Expect(page.GetByTestId("timeline").Locator("[data-status]")).ToHaveTextAsync(["Placed", "Confirmed", "Shipped"]);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" })).ToHaveCountAsync(0);
        }
        finally
        {
            await Screenshots.SaveAsync(page, "order-shipped");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_operator_cancels_an_order_and_its_timeline_gives_the_reason()
    {
        var page = await shop.SignInAsync();
        try
        {
            var orderId = await TestOrders.PlaceAsync(page, "sku-mouse");

            await page.Locator($"a[data-order-id='{orderId}']").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" }).ClickAsync();

            await Expect(page.Locator(".facts [data-status]")).ToHaveTextAsync("Cancelled");
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Cancelled");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" })).ToHaveCountAsync(0);
        }
        finally
        {
            await Screenshots.SaveAsync(page, "order-cancelled");
            await page.Context.CloseAsync();
        }
    }
}
