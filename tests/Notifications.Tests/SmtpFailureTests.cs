using Ecommerce.Contracts;
using Ecommerce.Notifications.Ledger;
using Ecommerce.TestSupport.Dapr;

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
        DaprdAnswer rejected;
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
        Assert.Null(fixture.Dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key));
        Assert.DoesNotContain(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderConfirmation),
            p => p.PartitionKey == confirmed.OrderId.ToString());

        Assert.Equal("SUCCESS", (await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Single(fixture.MailTo(recipient));
        Assert.Equal(DeliveryState.Sent, fixture.Dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key)!.State);
    }

    [Fact]
    public async Task SmtpRefusingBriefly_WithinRetryWithin_TheSameDeliverySendsOnce()
    {
        var dapr = new FakeDaprClient();
        await using var app = NotificationsApp.SendingTo(fixture.Sink.SmtpPort, dapr, retryWithin: "00:00:30");
        using var client = app.CreateClient();
        var recipient = SampleOrders.NewRecipient();
        var refusalsBefore = fixture.Sink.Faults.Rejected;

        fixture.Sink.Faults.RejectMail = true;
        DaprdAnswer answer;
        try
        {
            var delivery = client.DeliverAsync(Topics.OrdersConfirmed, SampleOrders.Confirmed(recipient));
            while (fixture.Sink.Faults.Rejected == refusalsBefore)
            {
                await Task.Delay(50);
            }

            fixture.Sink.Faults.RejectMail = false;
            answer = await delivery;
        }
        finally
        {
            fixture.Sink.Faults.RejectMail = false;
        }

        Assert.Equal("SUCCESS", answer.Status);
        Assert.Single(fixture.MailTo(recipient));
    }

    [Fact]
    public async Task SmtpServerUnreachable_AnswersRetry()
    {
        var dapr = new FakeDaprClient();
        await using var app = NotificationsApp.SendingTo(TestSupport.FreePort.Next(), dapr);
        using var client = app.CreateClient();

        var answer = await client.DeliverAsync(Topics.OrdersConfirmed, SampleOrders.Confirmed(SampleOrders.NewRecipient()));

        Assert.Equal("RETRY", answer.Status);
        Assert.Empty(dapr.Published);
    }

    [Fact]
    public async Task ADeliveryAbandonedMidSend_KeepsItsClaimUntilTheSendEnds_ThenReleasesIt()
    {
        // An SMTP server that accepts the connection and never answers: the send hangs until Smtp:Timeout.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var accepting = silent.AcceptTcpClientAsync();
        var dapr = new FakeDaprClient();
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "orders@shop.example",
            ["Smtp:Timeout"] = "00:00:05",
            ["Smtp:RetryWithin"] = "00:00:00",
        };
        await using var app = new NotificationsApp(settings, dapr);
        using var client = app.CreateClient();
        var confirmed = SampleOrders.Confirmed(SampleOrders.NewRecipient());
        var key = DeliveryLedger.KeyOf(confirmed.OrderId, "order-confirmation");
        using var daprdTimeout = new CancellationTokenSource();

        var delivery = client.DeliverAsync(Topics.OrdersConfirmed, confirmed, daprdTimeout.Token);
        using var connection = await accepting.WaitAsync(TimeSpan.FromSeconds(10));
        await daprdTimeout.CancelAsync();

        // The server may still accept the message: until the send ends, the next delivery must not send it too.
        Assert.Equal("RETRY", (await client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Equal(DeliveryState.Sending, dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key)?.State);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);

        var released = false;
        for (var wait = 0; wait < 200 && !released; wait++)
        {
            released = dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore, key) is null;
            await Task.Delay(100);
        }

        Assert.True(released, "the claim was kept after its send had timed out");
    }
}
