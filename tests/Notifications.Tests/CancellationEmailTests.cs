using Ecommerce.Contracts;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class CancellationEmailTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task OrderCancelled_WithoutCustomerEmail_SucceedsWithoutMailOrLedgerEntry()
    {
        var orderId = Guid.NewGuid();

        var answer = await fixture.Client.DeliverAsync(Topics.OrdersCancelled,
            SampleOrders.Cancelled(orderId, CancellationReasons.InsufficientStock, recipient: null));

        Assert.Equal("SUCCESS", answer.Status);
        Assert.DoesNotContain(fixture.Sink.Messages.List(), m => m.Subject.Contains(orderId.ToString()));
        Assert.Null(fixture.Dapr.StateOf<object>(DaprComponents.NotificationsStateStore, $"email|{orderId}|order-cancelled"));
    }

    [Fact]
    public async Task OrderCancelled_WithCustomerEmail_MailsTheReasonInWordsOnce()
    {
        var recipient = SampleOrders.NewRecipient();
        var cancelled = SampleOrders.Cancelled(Guid.NewGuid(), CancellationReasons.InsufficientStock, recipient);

        var first = await fixture.Client.DeliverAsync(Topics.OrdersCancelled, cancelled);
        var second = await fixture.Client.DeliverAsync(Topics.OrdersCancelled, cancelled);

        Assert.Equal("SUCCESS", first.Status);
        Assert.Equal("SUCCESS", second.Status);
        var mail = Assert.Single(fixture.MailTo(recipient));
        Assert.Contains(cancelled.OrderId.ToString(), mail.Subject);
        Assert.Contains("because some of the items are out of stock", mail.TextBody);
        Assert.Contains("because some of the items are out of stock", mail.HtmlBody);
        Assert.DoesNotContain("INSUFFICIENT_STOCK", mail.TextBody);
    }

    [Fact]
    public async Task OrderCancelled_AfterConfirmation_ListsTheConfirmedLines()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        var answer = await fixture.Client.DeliverAsync(Topics.OrdersCancelled,
            SampleOrders.Cancelled(confirmed.OrderId, CancellationReasons.CustomerCancelled, recipient));

        Assert.Equal("SUCCESS", answer.Status);
        var mail = Assert.Single(fixture.MailTo(recipient), m => m.Subject.Contains("cancelled"));
        Assert.Contains("because you asked us to cancel it", mail.TextBody);
        Assert.Contains("- Blue Mug x 2 @ 12.50 = 25.00", mail.TextBody);
        Assert.Contains("Total: 37.30", mail.TextBody);
    }

    [Fact]
    public async Task OrderCancelled_PublishesNoEmailSentEvent()
    {
        var recipient = SampleOrders.NewRecipient();
        var cancelled = SampleOrders.Cancelled(Guid.NewGuid(), CancellationReasons.ReservationTimeout, recipient);

        await fixture.Client.DeliverAsync(Topics.OrdersCancelled, cancelled);

        Assert.Single(fixture.MailTo(recipient));
        Assert.DoesNotContain(fixture.Dapr.Published, p => p.PartitionKey == cancelled.OrderId.ToString());
    }
}
