using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Ledger;
using System.Text.Json;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class ConfirmationEmailTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task OrderConfirmed_MailsTheCustomerTheOrderLinesAndTotal()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);

        var answer = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        Assert.Equal("SUCCESS", answer.Status);
        var mail = Assert.Single(fixture.MailTo(recipient));
        Assert.Equal([recipient], mail.To);
        Assert.Contains("orders@shop.example", mail.From);
        Assert.Contains(confirmed.OrderId.ToString(), mail.Subject);
        foreach (var body in new[] { mail.TextBody!, mail.HtmlBody! })
        {
            Assert.Contains(confirmed.OrderId.ToString(), body);
            Assert.Contains("Blue Mug", body);
            Assert.Contains("Earl Grey Tea", body);
            Assert.Contains("12.50", body);
            Assert.Contains("25.00", body);
            Assert.Contains("4.10", body);
            Assert.Contains("12.30", body);
            Assert.Contains("37.30", body);
        }

        Assert.Contains("- Blue Mug x 2 @ 12.50 = 25.00", mail.TextBody);
        Assert.Contains("Total: 37.30", mail.TextBody);
    }

    [Fact]
    public async Task OrderConfirmed_AnnouncesTheEmailKeyedByOrderId_AndMarksTheLedgerSent()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);

        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        var published = Assert.Single(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderConfirmation),
            p => p.PartitionKey == confirmed.OrderId.ToString());
        Assert.Equal(DaprComponents.PubSub, published.PubsubName);
        var sent = published.Data.Deserialize<EmailSent>(JsonSerializerOptions.Web)!;
        Assert.Equal(confirmed.OrderId, sent.OrderId);
        Assert.Equal(EmailTemplates.OrderConfirmation, sent.Template);
        Assert.Equal(recipient, sent.Recipient);

        var ledger = fixture.Dapr.StateOf<DeliveryRecord>(DaprComponents.NotificationsStateStore,
            $"email|{confirmed.OrderId}|order-confirmation");
        Assert.NotNull(ledger);
        Assert.Equal(DeliveryState.Sent, ledger.State);
        Assert.True(ledger.Announced);
    }

    [Fact]
    public async Task OrderConfirmed_DeliveredThreeTimes_SendsOneEmailAndOneAnnouncement()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("SUCCESS", (await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        }

        Assert.Single(fixture.MailTo(recipient));
        Assert.Single(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderConfirmation),
            p => p.PartitionKey == confirmed.OrderId.ToString());
    }

    [Fact]
    public async Task OrderConfirmed_DeliveredConcurrently_SendsOneEmail()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)));

        Assert.All(answers, answer => Assert.Contains(answer.Status, new[] { "SUCCESS", "RETRY" }));
        Assert.Contains(answers, answer => answer.Status == "SUCCESS");
        Assert.Single(fixture.MailTo(recipient));
        // The deliveries told to retry come again later and find the email sent.
        Assert.Equal("SUCCESS", (await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Single(fixture.MailTo(recipient));
    }

    [Fact]
    public async Task OrderConfirmed_EncodesEveryValueInTheHtml()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient) with
        {
            ShippingAddress = "<b>Flat 2</b> & Co",
            Lines = [new PricedLine("sku-x", "<script>alert('x')</script>", 1, 5m)],
            Total = 5m,
        };

        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);

        var mail = Assert.Single(fixture.MailTo(recipient));
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.DoesNotContain("<b>Flat 2</b>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.Contains("&lt;b&gt;Flat 2&lt;/b&gt; &amp; Co", mail.HtmlBody);
        Assert.Contains("<script>alert('x')</script>", mail.TextBody);
    }

    [Fact]
    public async Task PublishFailingAfterTheSend_AsksForRetry_AndTheRetryAnnouncesWithoutMailingAgain()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);

        fixture.Dapr.FailPublishes = true;
        DaprdAnswer failed;
        try
        {
            failed = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);
        }
        finally
        {
            fixture.Dapr.FailPublishes = false;
        }

        Assert.Equal("RETRY", failed.Status);
        Assert.Single(fixture.MailTo(recipient));

        Assert.Equal("SUCCESS", (await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Single(fixture.MailTo(recipient));
        Assert.Single(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderConfirmation),
            p => p.PartitionKey == confirmed.OrderId.ToString());
    }
}
