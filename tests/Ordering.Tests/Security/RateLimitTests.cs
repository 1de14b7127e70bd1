using System.Net;
using Ecommerce.Ordering.Tests.Infrastructure;
using Npgsql;

namespace Ecommerce.Ordering.Tests.Security;

[Collection(OrderingCollection.Name)]
public sealed class RateLimitTests(OrderingFixture fixture)
{
    [Fact]
    public async Task PlaceOrder_OverTheCallersLimit_Answers429WithRetryAfter_AndStoresNothing_WhileOthersStillPlace()
    {
        await using var host = await OrderingHost.StartAsync(fixture.Postgres, "ratelimit", TimeSpan.FromMinutes(1), settings: new Dictionary<string, string?>
        {
            ["RateLimits:PlaceOrder:PermitLimit"] = "2",
            ["RateLimits:PlaceOrder:Window"] = "01:00:00",
        });

        await host.PlaceOrderAsync("hasty@example.com");
        await host.PlaceOrderAsync("hasty@example.com");
        using var refused = await host.PlaceAsync(OrderRequests.Valid("hasty@example.com"));
        var patient = await host.PlaceOrderAsync("patient@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal(2L, await OrdersOfAsync(host, "hasty@example.com"));
        Assert.Equal("Placed", (await host.GetOrderAsync(patient)).Status);
    }

    private static async Task<long> OrdersOfAsync(OrderingHost host, string email)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orders WHERE customer_email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
