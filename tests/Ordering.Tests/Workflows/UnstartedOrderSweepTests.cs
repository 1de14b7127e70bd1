using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;

namespace Ecommerce.Ordering.Tests.Workflows;

/// <summary>An order stored without its workflow (Ordering died between the two) is not left Placed forever.</summary>
[Collection(OrderingCollection.Name)]
public sealed class UnstartedOrderSweepTests(OrderingFixture fixture)
{
    [Fact]
    public async Task An_order_stored_without_its_lifecycle_gets_one_from_the_sweep()
    {
        await using var host = await OrderingHost.StartAsync(fixture.Postgres, "sweep_" + Guid.NewGuid().ToString("N")[..8], OrderingFixture.QuickReservationTimeout,
            settings: new Dictionary<string, string?>
            {
                ["Ordering:UnstartedOrderAfter"] = "00:00:05",
                ["Ordering:UnstartedOrderSweepInterval"] = "00:00:01",
                ["Ordering:Admission:MaxWaitingAge"] = "01:00:00",
            });
        var orderId = Guid.CreateVersion7();
        await host.Orders.PlaceAsync(
            new NewOrder(orderId, OrderingHost.DefaultCustomer, "1 Sweep Street", [new OrderLine("sku-usb-hub", 1)], null, "hash",
                DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1)),
            CancellationToken.None);

        // The sweep starts the workflow: it publishes orders.new and, with no Inventory here, times out and cancels.
        var placed = await host.Published.WaitForAsync(orderId, Topics.OrdersNew, TimeSpan.FromSeconds(60));
        var final = await host.WaitForStatusAsync(orderId, OrderStatus.Cancelled, TimeSpan.FromSeconds(60));

        Assert.Equal(orderId, placed.OrderId);
        Assert.Equal(CancellationReasons.ReservationTimeout, final.CancellationReason);
        Assert.Single(host.Published.For(orderId, Topics.OrdersNew));
    }
}
