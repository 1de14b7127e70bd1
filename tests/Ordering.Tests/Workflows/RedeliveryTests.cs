using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.Ordering.Workflows;

namespace Ecommerce.Ordering.Tests.Workflows;

/// <summary>At-least-once delivery: duplicates change nothing, and a failing publish is retried by the workflow.</summary>
[Collection(OrderingCollection.Name)]
public sealed class RedeliveryTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task StockReserved_DeliveredTwice_ConfirmsOnce()
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        var reserved = await Scenario.StockReservedFor(Host, orderId);

        var outcomes = new[] { await Host.DeliverAsync(Topics.InventoryStockReserved, reserved), await Host.DeliverAsync(Topics.InventoryStockReserved, reserved) };
        await Host.WaitForStatusAsync(orderId, OrderStatus.Confirmed);
        var third = await Host.DeliverAsync(Topics.InventoryStockReserved, reserved);

        Assert.All(outcomes.Append(third), o => Assert.Equal("SUCCESS", o.Status));
        await Host.DeliverAsync(Topics.FulfillmentOrderShipped, Scenario.ShippedFor(orderId));
        await Host.WaitForWorkflowEndAsync(orderId);
        Assert.Single(Host.Published.For(orderId, Topics.OrdersConfirmed));
        Assert.Equal(["Placed", "Confirmed", "Shipped"], (await Host.GetOrderAsync(orderId)).Timeline.Select(e => e.Status));
    }

    [Fact]
    public async Task WorkflowEvents_RaisedTwiceAndAfterTheEnd_AreHarmless()
    {
        var order = await Scenario.PlaceConfirmedOrderAsync(Host);
        var instanceId = order.Id.ToString();
        var shipped = Scenario.ShippedFor(order.Id);

        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.OrderShipped, shipped);
        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.OrderShipped, shipped);
        await Host.WaitForWorkflowEndAsync(order.Id);
        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.StockReserved, await Scenario.StockReservedFor(Host, order.Id));

        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.FulfillmentOrderShipped, shipped)).Status);
        var final = await Host.GetOrderAsync(order.Id);
        Assert.Equal(OrderStatus.Shipped, final.Status);
        Assert.Equal(["Placed", "Confirmed", "Shipped"], final.Timeline.Select(e => e.Status));
        Assert.Single(Host.Published.For(order.Id, Topics.OrdersConfirmed));
    }

    [Fact]
    public async Task Rejection_DeliveredTwice_CancelsOnceAndMailsOnce()
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        var rejection = Scenario.RejectedBy(orderId, CancellationReasons.InsufficientStock);

        await Host.DeliverAsync(Topics.OrdersCancelled, rejection);
        await Host.DeliverAsync(Topics.OrdersCancelled, rejection);
        await Host.WaitForWorkflowEndAsync(orderId);
        var own = Host.Published.For(orderId, Topics.OrdersCancelled).Single().Data<OrderCancelled>();

        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.OrdersCancelled, own)).Status);
        Assert.Single(Host.Published.For(orderId, Topics.OrdersCancelled));
        Assert.Single((await Host.GetOrderAsync(orderId)).Timeline, e => e.Status == OrderStatus.Cancelled);
    }

    [Fact]
    public async Task PublishFailing_AtPlacement_IsRetriedUntilTheSidecarAcceptsAgain()
    {
        Host.Published.FailPublishes = true;
        Guid orderId;
        try
        {
            orderId = await Host.PlaceOrderAsync("ada@example.com");
            await Host.Published.WaitForRefusedAsync(orderId, count: 2);
            Assert.Empty(Host.Published.For(orderId, Topics.OrdersNew));
        }
        finally
        {
            Host.Published.FailPublishes = false;
        }

        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        Assert.Equal(OrderStatus.Placed, (await Host.GetOrderAsync(orderId)).Status);
    }
}
