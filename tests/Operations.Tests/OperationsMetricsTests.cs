using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Operations.Apis;
using Ecommerce.TestSupport.Http;

namespace Ecommerce.Operations.Tests;

/// <summary>dead_letters_stored_total and dead_letters_replayed_total on /metrics, after a dead letter is kept and replayed.</summary>
[Collection(OperationsCollection.Name)]
public sealed class OperationsMetricsTests(OperationsFixture fixture)
{
    private const string Topic = $"topic=\"{Topics.OrdersConfirmed}\"";

    [Fact]
    public async Task A_kept_dead_letter_is_counted_once_however_often_delivered_and_its_replay_is_counted()
    {
        var stored = await PrometheusScrape.ValueAsync(fixture.Client, "dead_letters_stored_total", Topic);
        var replayed = await PrometheusScrape.ValueAsync(fixture.Client, "dead_letters_replayed_total", Topic);
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersConfirmed, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));

        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(Topics.OrdersConfirmed, envelope)).Status);
        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(Topics.OrdersConfirmed, envelope)).Status);
        Assert.Equal(stored + 1, await PrometheusScrape.WaitForAsync(fixture.Client, "dead_letters_stored_total", stored + 1, Topic));

        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.OrdersConfirmed}&pageSize=200");
        var kept = Assert.Single(page!.Items, item => item.MessageId == envelope["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null)).StatusCode);

        await PrometheusScrape.WaitForAsync(fixture.Client, "dead_letters_replayed_total", replayed + 1, Topic);
    }
}
