using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed class SignInTests(BackofficeFixture shop)
{
    [Fact]
    public async Task The_operator_signs_in_through_the_identity_login_page_and_lands_on_the_orders()
    {
        var page = await shop.SignInAsync();
        try
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(Accounts.OperatorName);
            await Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Dead letters");
        }
        finally
        {
            await Screenshots.SaveAsync(page, "sign-in");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_customer_who_signs_in_is_told_the_back_office_is_for_operators()
    {
        var page = await shop.SignInAsync(Accounts.CustomerEmail, Accounts.CustomerPassword);
        try
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operators only" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Dead letters")).ToHaveCountAsync(0);
        }
        finally
        {
            await Screenshots.SaveAsync(page, "customer-refused");
            await page.Context.CloseAsync();
        }
    }
}
