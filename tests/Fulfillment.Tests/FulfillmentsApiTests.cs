using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Fulfillment.Tests;

public sealed class FulfillmentsApiTests : FulfillmentTest
{
    [Fact]
    public async Task Fulfilments_are_listed_and_filtered_by_status()
    {
        var waiting = await ConfirmAsync(Guid.NewGuid());
        var leaving = await ConfirmAsync(Guid.NewGuid());
        await Client.PostAsync($"/fulfillments/{leaving}/ship", null);

        var all = await Client.GetFromJsonAsync<List<OrderFulfillment>>("/fulfillments");
        var processing = await Client.GetFromJsonAsync<List<OrderFulfillment>>("/fulfillments?status=PROCESSING");
        var shipped = await Client.GetFromJsonAsync<List<OrderFulfillment>>("/fulfillments?status=shipped");

        Assert.Equal([waiting, leaving], all!.Select(f => f.Id));
        Assert.Equal([waiting], processing!.Select(f => f.Id));
        Assert.Equal([leaving], shipped!.Select(f => f.Id));
    }

    [Fact]
    public async Task Fulfilments_can_be_found_by_order()
    {
        var orderId = Guid.NewGuid();
        var id = await ConfirmAsync(orderId);
        await ConfirmAsync(Guid.NewGuid());

        var found = await Client.GetFromJsonAsync<List<OrderFulfillment>>($"/fulfillments?orderId={orderId}");

        Assert.Equal([id], found!.Select(f => f.Id));
    }

    [Fact]
    public async Task Nothing_confirmed_yet_lists_nothing()
    {
        var all = await Client.GetFromJsonAsync<List<OrderFulfillment>>("/fulfillments?status=PROCESSING");

        Assert.Empty(all!);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_validation_problem_naming_the_field()
    {
        using var response = await Client.GetAsync("/fulfillments?status=LOST");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("status", problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_known_fulfilment_is_returned()
    {
        var orderId = Guid.NewGuid();
        var id = await ConfirmAsync(orderId);

        var fulfillment = await Client.GetFromJsonAsync<OrderFulfillment>($"/fulfillments/{id}");

        Assert.Equal(orderId, fulfillment!.OrderId);
        Assert.Equal(FulfillmentStatus.Processing, fulfillment.Status);
    }

    [Fact]
    public async Task An_unknown_fulfilment_is_a_404_problem()
    {
        using var response = await Client.GetAsync($"/fulfillments/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Shipping_marks_the_fulfilment_shipped_and_announces_it()
    {
        var orderId = Guid.NewGuid();
        var id = await ConfirmAsync(orderId);

        using var response = await Client.PostAsync($"/fulfillments/{id}/ship", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shipped = await response.Content.ReadFromJsonAsync<OrderFulfillment>();
        Assert.Equal(FulfillmentStatus.Shipped, shipped!.Status);
        Assert.NotNull(shipped.ShippedAt);
        var stored = Stored(id)!;
        Assert.Equal(FulfillmentStatus.Shipped, stored.Status);
        Assert.Equal(shipped.ShippedAt, stored.ShippedAt);
        var published = App.Dapr.Published.Single(e => e.Topic == Topics.FulfillmentOrderShipped);
        Assert.Equal(orderId.ToString(), published.Metadata["partitionKey"]);
        Assert.Equal(new OrderShipped(id, orderId, shipped.ShippedAt.Value),
            App.Dapr.PublishedOn<OrderShipped>(Topics.FulfillmentOrderShipped).Single());
    }

    [Fact]
    public async Task Shipping_twice_answers_409_and_announces_once()
    {
        var id = await ConfirmAsync(Guid.NewGuid());
        await Client.PostAsync($"/fulfillments/{id}/ship", null);

        using var again = await Client.PostAsync($"/fulfillments/{id}/ship", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Already shipped", problem!.Title);
        Assert.Single(App.Dapr.PublishedOn<OrderShipped>(Topics.FulfillmentOrderShipped));
    }

    [Fact]
    public async Task Shipping_an_unknown_fulfilment_answers_404()
    {
        using var response = await Client.PostAsync($"/fulfillments/{Guid.NewGuid()}/ship", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(App.Dapr.PublishedOn<OrderShipped>(Topics.FulfillmentOrderShipped));
    }

    [Fact]
    public async Task Shipping_while_the_sidecar_is_away_answers_503_and_a_retry_ships()
    {
        var id = await ConfirmAsync(Guid.NewGuid());
        App.Dapr.Unavailable = true;

        using var failed = await Client.PostAsync($"/fulfillments/{id}/ship", null);
        App.Dapr.Unavailable = false;
        using var retried = await Client.PostAsync($"/fulfillments/{id}/ship", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(FulfillmentStatus.Shipped, Stored(id)!.Status);
        Assert.Single(App.Dapr.PublishedOn<OrderShipped>(Topics.FulfillmentOrderShipped));
    }

    [Fact]
    public async Task Concurrent_ship_requests_ship_once()
    {
        var id = await ConfirmAsync(Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.PostAsync($"/fulfillments/{id}/ship", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(FulfillmentStatus.Shipped, Stored(id)!.Status);
        Assert.All(App.Dapr.PublishedOn<OrderShipped>(Topics.FulfillmentOrderShipped), e => Assert.Equal(id, e.FulfillmentId));
    }
}
