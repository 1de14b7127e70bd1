using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;
using Ecommerce.EndToEnd.Identity;

namespace Ecommerce.EndToEnd.Scenarios;

/// <summary>The seeded people of local mode, signed in through the identity service as a browser would.</summary>
[Collection(EcommerceCollection.Name)]
public sealed class SignInTests(EcommerceFixture shop)
{
    [Fact]
    public async Task A_customer_signs_in_places_and_cancels_an_order_is_refused_another_customers_and_the_operator_ships()
    {
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10, price: 5m);
        var ada = (await shop.Identity.SignInWithBrowserFlowAsync(LocalCredentials.CustomerEmail, LocalCredentials.CustomerPassword)).AccessToken;
        var grace = (await shop.Identity.PasswordGrantAsync(LocalCredentials.OtherCustomerEmail, LocalCredentials.OtherCustomerPassword)).AccessToken;
        using var ordering = shop.AnonymousClient("ordering");

        // Ada places an order (the body names no customer: it is hers because the token says so) and cancels it.
        var cancelled = await PlaceAsync(ordering, ada, product);
        using (var cancel = await SendAsync(ordering, HttpMethod.Post, $"/orders/{cancelled}/cancel", ada))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }

        var afterCancel = await shop.Ordering.WaitForStatusAsync(cancelled, "Cancelled", Waits.Step);
        Assert.Equal(LocalCredentials.CustomerEmail, afterCancel.CustomerEmail);

        // Grace's order is not Ada's to read or cancel, and Ada's list holds only her own orders.
        var graces = await PlaceAsync(ordering, grace, product);
        foreach (var (method, path) in new[] { (HttpMethod.Get, $"/orders/{graces}"), (HttpMethod.Post, $"/orders/{graces}/cancel") })
        {
            using var refused = await SendAsync(ordering, method, path, ada);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using (var list = await SendAsync(ordering, HttpMethod.Get, "/orders", ada))
        {
            var ids = (await list.Content.ReadFromJsonAsync<OrderPageView>())!.Items.Select(o => o.Id).ToList();
            Assert.Contains(cancelled, ids);
            Assert.DoesNotContain(graces, ids);
        }

        // The operator signs in the same way and ships Grace's order once it is confirmed.
        var operatorToken = (await shop.Identity.SignInWithBrowserFlowAsync(LocalCredentials.OperatorEmail, LocalCredentials.OperatorPassword)).AccessToken;
        await shop.Ordering.WaitForStatusAsync(graces, "Confirmed", Waits.Step);
        var fulfillment = await shop.Fulfillment.WaitUntilReadyAsync(graces, Waits.Step);
        using var fulfillments = shop.AnonymousClient("fulfillment");
        using (var refusedShip = await SendAsync(fulfillments, HttpMethod.Post, $"/fulfillments/{fulfillment.Id}/ship", ada))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refusedShip.StatusCode);
        }

        using (var ship = await SendAsync(fulfillments, HttpMethod.Post, $"/fulfillments/{fulfillment.Id}/ship", operatorToken))
        {
            Assert.Equal(HttpStatusCode.OK, ship.StatusCode);
        }

        await shop.Ordering.WaitForStatusAsync(graces, "Shipped", Waits.Step);
    }

    [Theory]
    [InlineData("ordering", "/orders")]
    [InlineData("inventory", "/products")]
    [InlineData("fulfillment", "/fulfillments")]
    [InlineData("operations", "/deadletters")]
    public async Task An_anonymous_caller_gets_401_problem_details(string service, string path)
    {
        using var client = shop.AnonymousClient(service);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Authorization", problem.RootElement.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("ordering")]
    [InlineData("notifications")]
    public async Task A_subscription_route_called_without_the_sidecars_token_gets_401(string service)
    {
        using var client = shop.AnonymousClient(service);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await shop.Identity.OperatorClientCredentialsAsync()).AccessToken);

        using var subscribe = await client.GetAsync("/dapr/subscribe");
        using var deliver = await client.PostAsync("/events/orders.confirmed", new StringContent("{}", System.Text.Encoding.UTF8, "application/cloudevents+json"));

        Assert.Equal(HttpStatusCode.Unauthorized, subscribe.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, deliver.StatusCode);
        using var problem = JsonDocument.Parse(await deliver.Content.ReadAsStringAsync());
        Assert.Equal("dapr-api-token", problem.RootElement.GetProperty("field").GetString());
    }

    private static async Task<Guid> PlaceAsync(HttpClient ordering, string token, string product)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders")
        {
            Content = JsonContent.Create(new { shippingAddress = "1 Analytical St, London", lines = new[] { new { productId = product, quantity = 1 } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await ordering.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return OrderingClient.IdFromLocation(response);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
