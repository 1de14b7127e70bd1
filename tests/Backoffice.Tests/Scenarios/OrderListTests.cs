using System.Text.RegularExpressions;
using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed partial class OrderListTests(BackofficeFixture shop)
{
    [Fact]
    public async Task The_operator_filters_orders_by_status_and_pages_through_them_and_Ordering_does_both()
    {
        var page = await shop.SignInAsync();
        try
        {
            // Two orders of the test customer: one for more keyboards than there are (Cancelled), one that confirms.
            var cancelled = await TestOrders.PlaceAsync(page, "sku-keyboard", quantity: 1000);
            var confirmed = await TestOrders.PlaceAsync(page, "sku-mouse");
            var grid = page.GetByTestId("orders-grid");
            await Expect(Row(page, cancelled).Locator("[data-status]")).ToHaveTextAsync("Cancelled");
            await Expect(Row(page, confirmed).Locator("[data-status]")).ToHaveTextAsync("Confirmed");

            // Cancelled only: every row on the page is Cancelled, however many orders there are in all.
            await page.GetByTestId("status-filter").SelectOptionAsync("Cancelled");
            await Expect(page).ToHaveURLAsync(StatusInAddress());
            await Expect(Row(page, cancelled)).ToBeVisibleAsync();
            await Expect(Row(page, confirmed)).ToHaveCountAsync(0);
            await Expect(grid.Locator("[data-status]:not([data-status='Cancelled'])")).ToHaveCountAsync(0);

            // One order a page, the test customer's: the newest first, then the one before it on page 2.
            await page.GotoAsync($"/orders?customer={Uri.EscapeDataString(Accounts.TestCustomerEmail)}&pageSize=1");
            await Expect(Row(page, confirmed)).ToBeVisibleAsync();
            await Expect(page.GetByTestId("pager-position")).ToHaveTextAsync(PositionOnPage(1));
            await page.GetByTestId("pager").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(PageTwoInAddress());
            await Expect(Row(page, cancelled)).ToBeVisibleAsync();
            await Expect(grid.Locator("a[data-order-id]")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("pager-position")).ToHaveTextAsync(PositionOnPage(2));
        }
        finally
        {
            await Screenshots.SaveAsync(page, "orders-paged");
            await page.Context.CloseAsync();
        }
    }

    private static ILocator Row(IPage page, string orderId) =>
        page.Locator("tr", new() { Has = page.Locator($"a[data-order-id='{orderId}']") });

    private static Regex PositionOnPage(int number) => new($"^Page {number} of \\d+ \\(\\d+ in all\\)$");

    [GeneratedRegex("[?&]status=Cancelled")]
    private static partial Regex StatusInAddress();

    [GeneratedRegex("[?&]page=2")]
    private static partial Regex PageTwoInAddress();
}
