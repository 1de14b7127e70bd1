using Ecommerce.Contracts;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.TestSupport.Dapr;
using Ecommerce.TestSupport.Http;

namespace Ecommerce.Notifications.Tests;

/// <summary>
/// emails_sent_total and emails_failed_total on /metrics, each seen after the send that records it. The test runs its
/// own service: meters are process-wide, and a host another test disposed can take the shared series with it.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class NotificationsMetricsTests(NotificationsFixture fixture)
{
    private const string Template = $"template=\"{EmailTemplates.OrderConfirmation}\"";

    [Fact]
    public async Task An_email_the_server_rejects_counts_as_failed_and_its_retry_that_goes_through_as_sent_once()
    {
        await using var app = NotificationsApp.SendingTo(fixture.Sink.SmtpPort, new FakeDaprClient());
        using var client = app.CreateClient();
        var sent = await PrometheusScrape.ValueAsync(client, "emails_sent_total", Template);
        var failed = await PrometheusScrape.ValueAsync(client, "emails_failed_total", Template);
        var confirmed = SampleOrders.Confirmed(SampleOrders.NewRecipient());

        fixture.Sink.Faults.RejectMail = true;
        try
        {
            Assert.Equal("RETRY", (await client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        }
        finally
        {
            fixture.Sink.Faults.RejectMail = false;
        }

        await PrometheusScrape.WaitForAsync(client, "emails_failed_total", failed + 1, Template);
        Assert.Equal("SUCCESS", (await client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);
        Assert.Equal("SUCCESS", (await client.DeliverAsync(Topics.OrdersConfirmed, confirmed)).Status);

        Assert.Equal(sent + 1, await PrometheusScrape.WaitForAsync(client, "emails_sent_total", sent + 1, Template));
    }
}
