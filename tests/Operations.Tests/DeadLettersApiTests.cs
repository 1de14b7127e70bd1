using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Operations.Apis;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Operations.Tests;

[Collection(OperationsCollection.Name)]
public sealed class DeadLettersApiTests(OperationsFixture fixture)
{
    [Fact]
    public async Task List_PagesNewestFirst_AndFiltersByTopic()
    {
        var (_, client, _) = await fixture.StartAppAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var envelope = DeadLetterDelivery.Envelope(Topics.OrdersNew, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));
            ids.Add(envelope["id"]!.GetValue<string>());
            await client.PostDeadLetterAsync(Topics.OrdersNew, envelope);
        }

        await client.PostDeadLetterAsync(Topics.OrdersConfirmed, DeadLetterDelivery.Envelope(Topics.OrdersConfirmed, DeadLetterDelivery.OrderEvent(Guid.NewGuid())));

        var all = await client.GetFromJsonAsync<DeadLetterPage>("/deadletters");
        var first = await client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.OrdersNew}&page=1&pageSize=2");
        var third = await client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.OrdersNew}&page=3&pageSize=2");
        var byDeadLetterTopic = await client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.DeadLetterOf(Topics.OrdersConfirmed)}");

        Assert.Equal(6, all!.Total);
        Assert.Equal(5, first!.Total);
        Assert.Equal([ids[4], ids[3]], first.Items.Select(i => i.MessageId));
        Assert.Equal([ids[0]], third!.Items.Select(i => i.MessageId));
        Assert.Equal(Topics.OrdersConfirmed, Assert.Single(byDeadLetterTopic!.Items).OriginalTopic);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task List_WithBadPaging_Is400NamingTheField(string query, string field)
    {
        var response = await fixture.Client.GetAsync("/deadletters?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.True(problem!.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task Get_OfAnUnknownDeadLetter_Is404Problem()
    {
        var response = await fixture.Client.GetAsync($"/deadletters/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_RemovesTheDeadLetter_AndASecondDeleteIs404()
    {
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersCancelled, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));
        await fixture.Client.PostDeadLetterAsync(Topics.OrdersCancelled, envelope);
        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.OrdersCancelled}&pageSize=200");
        var kept = Assert.Single(page!.Items, item => item.MessageId == envelope["id"]!.GetValue<string>());

        var deleted = await fixture.Client.DeleteAsync($"/deadletters/{kept.Id}");
        var again = await fixture.Client.DeleteAsync($"/deadletters/{kept.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.NotNull(await again.Content.ReadFromJsonAsync<ProblemDetails>());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync($"/deadletters/{kept.Id}")).StatusCode);
    }
}
