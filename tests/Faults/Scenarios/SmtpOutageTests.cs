using Ecommerce.Faults.Hosting;
using Xunit.Abstractions;

namespace Ecommerce.Faults.Scenarios;

[Collection(FaultCollection.Name)]
public sealed class SmtpOutageTests(FaultShop shop, ITestOutputHelper output)
{
    // Longer than a delivery's retries used to last (about 10 s); Notifications now spends them over about 70 s.
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Mail_refused_for_a_minute_goes_out_once_afterwards_none_twice_none_forgotten() =>
        await FaultRun.RunAsync(shop, new FaultPlan("SMTP refusing mail 60 s", async (shop, ct) =>
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
        }), output);
}
