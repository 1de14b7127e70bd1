using Ecommerce.Contracts;
using Ecommerce.Notifications.Ledger;

namespace Ecommerce.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class SmtpFailureTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task SmtpRejecting_AnswersRetry_LeavesNoSentEntry_AndTheRetryAfterRecoverySendsOnce()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        var key = $"email|{confirmed.OrderId}|order-confirmation";

        fixture.Sink.Faults.RejectMail = true;
        DaprDelivery.Answer rejected;
        try
        {
            rejected = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);
        }
        finally
        {
            fixture.Sink.Faults.RejectMail = false;
        }

        Assert.Equal("RETRY", rejected.Status);
        Assert.Empty(fixture.MailTo(recipient));
        Assert.Null(fixture.Dapr.Peek<DeliveryRecord>(DaprComponents.NotificationsStateStore, key));
        Assert.DoesNotContain(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderConfirmation),
            p => p.PartitionKey == confirmed.OrderId.ToString());

        Assert.Equal("SUCCESS", (await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Single(fixture.MailTo(recipient));
        Assert.Equal(DeliveryState.Sent, fixture.Dapr.Peek<DeliveryRecord>(DaprComponents.NotificationsStateStore, key)!.State);
    }

    [Fact]
    public async Task SmtpServerUnreachable_AnswersRetry()
    {
        var dapr = new TestDoubles.FakeDaprClient();
        await using var app = NotificationsApp.SendingTo(TestSupport.FreePort.Next(), dapr);
        using var client = app.CreateClient();

        var answer = await client.DeliverAsync(Topics.OrdersConfirmed, SampleOrders.Confirmed(SampleOrders.NewRecipient()));

        Assert.Equal("RETRY", answer.Status);
        Assert.Empty(dapr.Published);
    }
}
