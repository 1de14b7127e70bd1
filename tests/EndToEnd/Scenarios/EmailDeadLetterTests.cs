using System.Net;
using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class EmailDeadLetterTests(EcommerceFixture shop)
{
    [Fact]
    public async Task A_confirmation_the_mail_server_keeps_refusing_is_dead_lettered_and_replayed_into_exactly_one_mail()
    {
        var email = Customers.NewEmail("refused");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        DeadLetterView deadLetter;
        Guid orderId;
        await shop.Mailbox.RejectMailAsync(on: true);
        try
        {
            orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 1)));
            await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);

            // Notifications answers RETRY on each refusal (Smtp:RetryWithin is 0 in this run); once the sidecar's
            // retries are spent (1 + 12 deliveries over about a minute) the event goes to orders.confirmed.deadletter,
            // where Operations keeps it.
            var deadLetters = await Eventually.UntilAsync(
                ct => shop.Operations.ForOrderAsync(Topics.OrdersConfirmed, orderId, ct), found => found.Count > 0, 2 * Waits.Step,
                $"the confirmation of order {orderId} in Operations' dead letters");
            deadLetter = Assert.Single(deadLetters);
        }
        finally
        {
            await shop.Mailbox.RejectMailAsync(on: false);
        }

        Assert.Equal(Topics.OrdersConfirmed, deadLetter.OriginalTopic);
        Assert.Empty(await shop.Mailbox.ToAsync(email));

        var confirmationsHandled = await shop.Metrics("notifications").DeliveriesHandledAsync(Topics.OrdersConfirmed);
        using (var replay = await shop.Operations.ReplayAsync(deadLetter.Id))
        {
            Assert.True(replay.IsSuccessStatusCode, $"Replay answered {(int)replay.StatusCode}");
        }

        var mail = await shop.Mailbox.WaitForAsync(email, "is confirmed", Waits.Step);
        Assert.Contains(orderId.ToString(), mail.Subject, StringComparison.Ordinal);
        // Every copy of the replayed event handled: a second mail would have been sent by now.
        await shop.Metrics("notifications").WaitForDeliveriesAsync(Topics.OrdersConfirmed, confirmationsHandled + shop.DeliveryCopies, Waits.Step);
        Assert.Single(await shop.Mailbox.ToAsync(email));
    }
}
