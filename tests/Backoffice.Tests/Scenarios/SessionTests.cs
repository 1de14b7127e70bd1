using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed class SessionTests(BackofficeFixture shop)
{
    [Fact]
    public async Task The_operators_session_outlives_its_first_access_token_which_the_back_office_renews()
    {
        var signingIn = DateTime.UtcNow.AddSeconds(-1);
        var page = await shop.SignInAsync();
        try
        {
            // The orders page calls Ordering every second. A token is renewed at three quarters of its life, so the
            // second renewal comes after the first token expired, and the services accept no expired token.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Exact = true })).ToBeVisibleAsync();
            await WaitForRenewalsAsync(signingIn, 2);

            // Still working: a new order is listed by calls made with a renewed token, and nothing is refused.
            var orderId = await TestOrders.PlaceAsync(page, "sku-mouse");
            await Expect(page.Locator($"a[data-order-id='{orderId}']")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

            // Still signed in on a reload: the cookie did not end with the first token, so no sign-in round trip.
            var signIns = 0;
            page.Request += (_, request) => signIns += request.Url.Contains("/connect/authorize", StringComparison.Ordinal) ? 1 : 0;
            await page.ReloadAsync();
            await Expect(page.Locator($"a[data-order-id='{orderId}']")).ToBeVisibleAsync();
            Assert.Equal(0, signIns);
        }
        finally
        {
            await Screenshots.SaveAsync(page, "session-renewed");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Waits until the identity service has recorded the renewals, for as long as that many lifetimes take.</summary>
    private async Task WaitForRenewalsAsync(DateTime since, long count)
    {
        var deadline = DateTime.UtcNow + ShortTokens.Lifetime * (count + 2);
        long seen;
        while ((seen = await ShortTokens.RenewalsAsync(shop.Host, since)) < count)
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"The back office renewed its access token {seen} times, not {count}, within {ShortTokens.Lifetime * (count + 2)} " +
                    $"(since {since:O}). The identity service has:\n{await ShortTokens.DescribeAsync(shop.Host)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
