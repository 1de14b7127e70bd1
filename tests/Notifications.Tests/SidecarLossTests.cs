using Ecommerce.Contracts;
using Ecommerce.Notifications.Ledger;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

/// <summary>
/// The sidecar killed while the service sends an email: the delivery it made is gone, the ledger is out of reach,
/// and the mail may already be accepted. Sent must still be recorded, so the restarted sidecar's redelivery does
/// not mail the customer twice (tests/Faults found two such mails in 157).
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class SidecarLossTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task TheSidecarGoneOnceTheMailWasAccepted_SentIsRecordedWhenItIsBack_AndTheRedeliverySendsNothing()
    {
        var dapr = new FakeDaprClient();
        await using var app = NotificationsApp.SendingTo(fixture.Sink.SmtpPort, dapr);
        using var client = app.CreateClient();
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        var key = DeliveryLedger.KeyOf(confirmed.OrderId, "order-confirmation");
        var refused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sidecarBack = 0;
        dapr.WriteUnreachable = written =>
        {
            if (written != key || Volatile.Read(ref sidecarBack) == 1 || fixture.MailTo(recipient).Count == 0)
            {
                return false;
            }

            refused.TrySetResult();
            return true;
        };
        using var sidecarKilled = new CancellationTokenSource();

        var delivery = client.DeliverAsync(Topics.OrdersConfirmed, confirmed, sidecarKilled.Token);
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await sidecarKilled.CancelAsync();
        Volatile.Write(ref sidecarBack, 1);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);

        DeliveryRecord? record = null;
        for (var wait = 0; wait < 100 && record is not { State: DeliveryState.Sent }; wait++)
        {
            await Task.Delay(100);
            record = dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key);
        }

        Assert.Equal(DeliveryState.Sent, record?.State);
        Assert.Equal("SUCCESS", (await client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Single(fixture.MailTo(recipient));
    }
}
