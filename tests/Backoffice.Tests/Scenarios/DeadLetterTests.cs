using Ecommerce.Backoffice.Tests.Hosting;

namespace Ecommerce.Backoffice.Tests.Scenarios;

[Collection(BackofficeCollection.Name)]
public sealed class DeadLetterTests(BackofficeFixture shop)
{
    private const string PoisonTopic = "inventory.stock.released";

    [Fact]
    public async Task A_poison_event_shows_up_as_a_dead_letter_that_the_operator_inspects_and_replays()
    {
        var page = await shop.SignInAsync();
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Dead letters" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dead letters", Exact = true })).ToBeVisibleAsync();

            // Inventory cannot read it, so it DROPs it and its sidecar sends it to inventory.stock.released.deadletter,
            // where Operations keeps it; the open list picks it up by itself.
            var marker = "backoffice-" + Guid.NewGuid().ToString("N");
            await shop.PublishPoisonAsync(marker);
            var row = page.Locator("tr", new() { HasText = PoisonTopic }).First;
            await row.GetByRole(AriaRole.Link, new() { Name = "Inspect" }).ClickAsync();

            await Expect(page.GetByTestId("dead-letter-payload")).ToContainTextAsync(marker);
            await Expect(page.GetByTestId("replay-count")).ToHaveTextAsync("0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Replayed to {PoisonTopic}");
            await Expect(page.GetByTestId("replay-count")).ToHaveTextAsync("1");
        }
        finally
        {
            await Screenshots.SaveAsync(page, "dead-letter-replayed");
            await page.Context.CloseAsync();
        }
    }
}
