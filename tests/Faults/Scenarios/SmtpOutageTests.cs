using Ecommerce.Contracts;
using Ecommerce.Faults.Hosting;
using Xunit.Abstractions;

namespace Ecommerce.Faults.Scenarios;

[Collection(FaultCollection.Name)]
public sealed class SmtpOutageTests(FaultShop shop, ITestOutputHelper output)
{
    // The 60 s, shortened to keep the suite in its time budget.
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Mail_refused_for_twenty_seconds_goes_out_once_afterwards_none_twice_none_forgotten() =>
        await FaultRun.RunAsync(shop, new FaultPlan("SMTP refusing mail 20 s", async (shop, ct) =>
        {
            await shop.Mailbox.RejectMailAsync(on: true, ct);
            try
            {
                await Task.Delay(Outage, ct);
            }
            finally
            {
                await shop.Mailbox.RejectMailAsync(on: false, CancellationToken.None);
            }
        })
        {
            ExplainedDeadLetterTopics = new HashSet<string> { Topics.OrdersConfirmed, Topics.OrdersCancelled },
        }, output);
}
