using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed class StockTests(BackofficeFixture shop)
{
    [Fact]
    public async Task The_operator_adds_a_product_restocks_it_and_changes_its_price()
    {
        var sku = "sku-test-" + Guid.NewGuid().ToString("N")[..8];
        var page = await shop.SignInAsync();
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Stock" }).ClickAsync();
            await page.GetByText("Add a product").ClickAsync();
            await page.GetByTestId("new-product-id").FillAsync(sku);
            await page.GetByTestId("new-product-name").FillAsync("Browser-test lamp");
            await page.GetByTestId("new-product-price").FillAsync("12.50");
            await page.GetByTestId("new-product-stock").FillAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"({sku}) was added with 3 on hand");

            var row = page.Locator("tr", new() { Has = page.Locator($"[data-restock='{sku}']") });
            await row.Locator($"[data-restock='{sku}'] input").FillAsync("7");
            await row.GetByRole(AriaRole.Button, new() { Name = "Restock" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Browser-test lamp: 10 on hand.");
            await Expect(row).ToContainTextAsync("10");

            await row.Locator($"[data-price='{sku}'] input").FillAsync("14.75");
            await row.GetByRole(AriaRole.Button, new() { Name = "Set price" }).ClickAsync();
            await Expect(row).ToContainTextAsync("14.75");
        }
        finally
        {
            await Screenshots.SaveAsync(page, "stock-restocked");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_product_Inventory_refuses_shows_Inventorys_reason_not_an_error_page()
    {
        var page = await shop.SignInAsync();
        try
        {
            await page.GotoAsync("/stock");
            await page.GetByText("Add a product").ClickAsync();
            await page.GetByTestId("new-product-id").FillAsync("sku with spaces");
            await page.GetByTestId("new-product-price").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();

            var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The product is not valid" });
            await Expect(alert).ToContainTextAsync("An id is required");
            await Expect(alert).ToContainTextAsync("A name is required");
        }
        finally
        {
            await Screenshots.SaveAsync(page, "stock-refused");
            await page.Context.CloseAsync();
        }
    }
}
