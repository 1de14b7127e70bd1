using Ecommerce.Contracts;
using Ecommerce.Notifications.Ledger;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class DeliveryLedgerTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task AFreshSendingClaim_AnswersRetryWithoutMail()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        fixture.Dapr.Put(DaprComponents.NotificationsStateStore, DeliveryLedger.KeyOf(confirmed.OrderId, "order-confirmation"),
            new DeliveryRecord(DeliveryState.Sending, "order-confirmation", recipient, "other-delivery", DateTimeOffset.UtcNow, null, false));

        var answer = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        Assert.Equal("RETRY", answer.Status);
        Assert.Empty(fixture.MailTo(recipient));
    }

    [Fact]
    public async Task ASendingClaimOlderThanTheLease_IsTakenOverAndSent()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        var key = DeliveryLedger.KeyOf(confirmed.OrderId, "order-confirmation");
        var crashedAt = DateTimeOffset.UtcNow - DeliveryLedger.LeaseFor(new Email.SmtpOptions()) - TimeSpan.FromSeconds(1);
        fixture.Dapr.Put(DaprComponents.NotificationsStateStore, key,
            new DeliveryRecord(DeliveryState.Sending, "order-confirmation", recipient, "crashed-delivery", crashedAt, null, false));

        var answer = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        Assert.Equal("SUCCESS", answer.Status);
        Assert.Single(fixture.MailTo(recipient));
        var record = fixture.Dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key)!;
        Assert.Equal(DeliveryState.Sent, record.State);
        Assert.NotEqual("crashed-delivery", record.ClaimId);
    }

    [Fact]
    public async Task StateStoreDown_AnswersRetryWithoutMail()
    {
        var recipient = SampleOrders.NewRecipient();

        fixture.Dapr.FailState = true;
        DaprdAnswer answer;
        try
        {
            answer = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, SampleOrders.Confirmed(recipient));
        }
        finally
        {
            fixture.Dapr.FailState = false;
        }

        Assert.Equal("RETRY", answer.Status);
        Assert.Empty(fixture.MailTo(recipient));
    }

    [Fact]
    public void LedgerKey_IsEmailOrderIdTemplate()
    {
        var orderId = Guid.Parse("6f1c2f43-3b5e-4a53-9a43-1f6f3a1e9c10");

        Assert.Equal("email|6f1c2f43-3b5e-4a53-9a43-1f6f3a1e9c10|order-shipped", DeliveryLedger.KeyOf(orderId, "order-shipped"));
    }
}
