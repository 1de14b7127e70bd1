using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class ShippedEmailTests(NotificationsFixture fixture)
{
    [Fact]
    public async Task OrderShipped_AfterConfirmation_MailsTheConfirmedRecipientWithTheLines()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);
        var shipped = SampleOrders.Shipped(confirmed.OrderId);

        var answer = await fixture.Client.DeliverAsync(Topics.FulfillmentOrderShipped, shipped);

        Assert.Equal("SUCCESS", answer.Status);
        var mail = Assert.Single(fixture.MailTo(recipient), m => m.Subject.Contains("shipped"));
        Assert.Contains(confirmed.OrderId.ToString(), mail.Subject);
        Assert.Contains("- Blue Mug x 2 @ 12.50 = 25.00", mail.TextBody);
        Assert.Contains("Total: 37.30", mail.TextBody);
        Assert.Contains(shipped.FulfillmentId.ToString(), mail.HtmlBody);
        var announced = Assert.Single(fixture.Dapr.PublishedTo(Topics.NotificationsEmailOrderShipped),
            p => p.PartitionKey == confirmed.OrderId.ToString());
        Assert.Equal(EmailTemplates.OrderShipped, announced.Data.Deserialize<EmailSent>(JsonSerializerOptions.Web)!.Template);
    }

    [Fact]
    public async Task OrderShipped_DeliveredTwice_SendsOneShippedEmail()
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);
        var shipped = SampleOrders.Shipped(confirmed.OrderId);

        await fixture.Client.DeliverAsync(Topics.FulfillmentOrderShipped, shipped);
        var second = await fixture.Client.DeliverAsync(Topics.FulfillmentOrderShipped, shipped);

        Assert.Equal("SUCCESS", second.Status);
        Assert.Equal(2, fixture.MailTo(recipient).Count);
        Assert.Single(fixture.MailTo(recipient), m => m.Subject.Contains("shipped"));
    }

    [Fact]
    public async Task OrderShipped_BeforeTheConfirmationWasSeen_AnswersRetryWithoutMail()
    {
        var orderId = Guid.NewGuid();

        var answer = await fixture.Client.DeliverAsync(Topics.FulfillmentOrderShipped, SampleOrders.Shipped(orderId));

        Assert.Equal("RETRY", answer.Status);
        Assert.DoesNotContain(fixture.Sink.Messages.List(), m => m.Subject.Contains(orderId.ToString()));
    }
}
