using Dapr.Workflow;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.Ordering.Workflows;

namespace Ecommerce.Ordering.Tests.Workflows;

/// <summary>Every branch of OrderLifecycleWorkflow, run by the real Dapr.Workflow worker against the durable backend.</summary>
[Collection(OrderingCollection.Name)]
public sealed class OrderLifecycleTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task HappyPath_ReservedThenShipped_EndsShippedWithPricedLinesAndFullTimeline()
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com", ("SKU-1", 2), ("SKU-2", 1));
        await Host.DeliverAsync(Topics.InventoryStockReserved, await Scenario.StockReservedFor(Host, orderId));

        var confirmed = (await Host.Published.WaitForAsync(orderId, Topics.OrdersConfirmed)).Data<OrderConfirmed>();
        Assert.Equal("ada@example.com", confirmed.CustomerEmail);
        Assert.Equal("12 Analytical Row, London", confirmed.ShippingAddress);
        Assert.Equal(37.50m, confirmed.Total);
        Assert.Equal(["SKU-1", "SKU-2"], confirmed.Lines.Select(l => l.ProductId));
        Assert.All(confirmed.Lines, l => Assert.Equal(Scenario.UnitPrice, l.UnitPrice));

        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.FulfillmentOrderShipped, Scenario.ShippedFor(orderId))).Status);

        var state = await Host.WaitForWorkflowEndAsync(orderId);
        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal(OrderStatus.Shipped, state.ReadOutputAs<OrderLifecycleResult>()!.Status);
        var order = await Host.GetOrderAsync(orderId);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(37.50m, order.Total);
        Assert.Equal(["Placed", "Confirmed", "Shipped"], order.Timeline.Select(e => e.Status));
        Assert.Empty(Host.Published.For(orderId, Topics.InventoryStockReleased));
        Assert.Empty(Host.Published.For(orderId, Topics.OrdersCancelled));
    }

    [Theory]
    [InlineData(CancellationReasons.InsufficientStock)]
    [InlineData(CancellationReasons.UnknownProduct)]
    public async Task Rejected_ByInventory_EndsCancelledWithItsReasonAndTellsTheCustomer(string reason)
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);

        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.OrdersCancelled, Scenario.RejectedBy(orderId, reason))).Status);

        await Host.WaitForWorkflowEndAsync(orderId);
        var order = await Host.GetOrderAsync(orderId);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(reason, order.CancellationReason);
        var cancelled = Assert.Single(Host.Published.For(orderId, Topics.OrdersCancelled)).Data<OrderCancelled>();
        Assert.Equal(reason, cancelled.Reason);
        Assert.Equal("ada@example.com", cancelled.CustomerEmail);
        Assert.Equal("SKU-1: 2 requested, 0 on hand", cancelled.Detail);
        Assert.Empty(Host.Published.For(orderId, Topics.OrdersConfirmed));
        Assert.Empty(Host.Published.For(orderId, Topics.InventoryStockReleased));
    }

    [Fact]
    public async Task NoAnswerFromInventory_TimesOut_CancelsReleasesAndReleasesALateReservationAgain()
    {
        var host = fixture.QuickTimeout;
        var orderId = await host.PlaceOrderAsync("ada@example.com");
        var lateReservation = await Scenario.StockReservedFor(host, orderId);

        await host.WaitForWorkflowEndAsync(orderId);
        var order = await host.GetOrderAsync(orderId);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(CancellationReasons.ReservationTimeout, order.CancellationReason);
        var cancelledAt = order.Timeline.Single(e => e.Status == OrderStatus.Cancelled).OccurredAt;
        var placedAt = order.Timeline.Single(e => e.Status == OrderStatus.Placed).OccurredAt;
        Assert.True(cancelledAt - placedAt >= OrderingFixture.QuickReservationTimeout - TimeSpan.FromMilliseconds(100));
        var released = Assert.Single(host.Published.For(orderId, Topics.InventoryStockReleased)).Data<StockReleased>();
        Assert.Equal(CancellationReasons.ReservationTimeout, released.Reason);
        Assert.Equal("ada@example.com", Assert.Single(host.Published.For(orderId, Topics.OrdersCancelled)).Data<OrderCancelled>().CustomerEmail);

        Assert.Equal("SUCCESS", (await host.DeliverAsync(Topics.InventoryStockReserved, lateReservation)).Status);

        Assert.Equal(2, host.Published.For(orderId, Topics.InventoryStockReleased).Count);
        Assert.Equal(OrderStatus.Cancelled, (await host.GetOrderAsync(orderId)).Status);
        Assert.Empty(host.Published.For(orderId, Topics.OrdersConfirmed));
    }

    [Fact]
    public async Task CustomerCancel_BeforeReservation_CancelsAndReleases()
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);

        var response = await Host.Client.PostAsync($"/orders/{orderId}/cancel", null);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Host.WaitForWorkflowEndAsync(orderId);
        await AssertCustomerCancelledAsync(orderId);
    }

    [Fact]
    public async Task CustomerCancel_AfterConfirmation_CancelsReleasesAndTellsTheCustomer()
    {
        var order = await Scenario.PlaceConfirmedOrderAsync(Host);

        var response = await Host.Client.PostAsync($"/orders/{order.Id}/cancel", null);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/orders/{order.Id}", response.Headers.Location!.OriginalString);
        await Host.WaitForWorkflowEndAsync(order.Id);
        await AssertCustomerCancelledAsync(order.Id);
        Assert.Equal(["Placed", "Confirmed", "Cancelled"], (await Host.GetOrderAsync(order.Id)).Timeline.Select(e => e.Status));
    }

    [Fact]
    public async Task CancelArrivingAfterShipment_IsIgnoredByTheWorkflow()
    {
        var order = await Scenario.PlaceConfirmedOrderAsync(Host);
        var instanceId = order.Id.ToString();

        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.OrderShipped, Scenario.ShippedFor(order.Id));
        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.CancelRequested, new CancelRequested(order.Id, DateTimeOffset.UtcNow));

        await Host.WaitForWorkflowEndAsync(order.Id);
        Assert.Equal(OrderStatus.Shipped, (await Host.GetOrderAsync(order.Id)).Status);
        Assert.Empty(Host.Published.For(order.Id, Topics.InventoryStockReleased));
        Assert.Empty(Host.Published.For(order.Id, Topics.OrdersCancelled));
    }

    [Fact]
    public async Task ShipmentArrivingAfterCancel_IsIgnoredByTheWorkflowAndTheSubscription()
    {
        var order = await Scenario.PlaceConfirmedOrderAsync(Host);
        var instanceId = order.Id.ToString();

        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.CancelRequested, new CancelRequested(order.Id, DateTimeOffset.UtcNow));
        await Host.Workflows.RaiseEventAsync(instanceId, OrderWorkflowEvents.OrderShipped, Scenario.ShippedFor(order.Id));
        await Host.WaitForWorkflowEndAsync(order.Id);

        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.FulfillmentOrderShipped, Scenario.ShippedFor(order.Id))).Status);
        await AssertCustomerCancelledAsync(order.Id);
    }

    [Fact]
    public async Task StartedForAnOrderThatIsNotStored_EndsMissingAndPublishesNothing()
    {
        var orderId = Guid.NewGuid();

        await Host.Workflows.ScheduleNewWorkflowAsync(nameof(OrderLifecycleWorkflow), orderId.ToString(),
            new OrderLifecycleInput(orderId, TimeSpan.FromMinutes(1)));
        var state = await Host.WaitForWorkflowEndAsync(orderId);

        Assert.Equal(WorkflowRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal(OrderLifecycleResult.Missing, state.ReadOutputAs<OrderLifecycleResult>()!.Status);
        Assert.Empty(Host.Published.For(orderId));
    }

    private async Task AssertCustomerCancelledAsync(Guid orderId)
    {
        var order = await Host.GetOrderAsync(orderId);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(CancellationReasons.CustomerCancelled, order.CancellationReason);
        Assert.Equal(CancellationReasons.CustomerCancelled,
            Assert.Single(Host.Published.For(orderId, Topics.InventoryStockReleased)).Data<StockReleased>().Reason);
        var cancelled = Assert.Single(Host.Published.For(orderId, Topics.OrdersCancelled)).Data<OrderCancelled>();
        Assert.Equal("ada@example.com", cancelled.CustomerEmail);
    }
}
