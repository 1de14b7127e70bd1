using Ecommerce.Contracts;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.TestSupport.Http;

namespace Ecommerce.Ordering.Tests.Telemetry;

/// <summary>
/// Ordering's own series on /metrics (docs/metrics.md), each seen after the action that records it. Each test runs its
/// own service: meters are process-wide, and a host another test disposed can take the shared series with it.
/// </summary>
[Collection(OrderingCollection.Name)]
public sealed class OrderingMetricsTests(OrderingFixture fixture) : IAsyncLifetime
{
    private OrderingHost? _host;

    private OrderingHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _host = await OrderingHost.StartAsync(fixture.Postgres, "metrics_" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMinutes(1));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_confirmed_then_shipped_order_is_counted_at_each_status_and_timed_to_confirmation_and_to_the_end()
    {
        var placed = await ValueAsync("order_status_transitions_total", "status=\"Placed\"");
        var confirmed = await ValueAsync("order_status_transitions_total", "status=\"Confirmed\"");
        var shipped = await ValueAsync("order_status_transitions_total", "status=\"Shipped\"");
        var timedToConfirmation = await ValueAsync("order_place_to_confirmed_duration_seconds_count");
        var timedToShipment = await ValueAsync("order_workflow_duration_seconds_count", "outcome=\"Shipped\"");

        var order = await Scenario.PlaceConfirmedOrderAsync(Host);
        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.FulfillmentOrderShipped, Scenario.ShippedFor(order.Id))).Status);
        await Host.WaitForStatusAsync(order.Id, "Shipped");

        await WaitForAsync("order_status_transitions_total", placed + 1, "status=\"Placed\"");
        await WaitForAsync("order_status_transitions_total", confirmed + 1, "status=\"Confirmed\"");
        await WaitForAsync("order_status_transitions_total", shipped + 1, "status=\"Shipped\"");
        await WaitForAsync("order_place_to_confirmed_duration_seconds_count", timedToConfirmation + 1);
        await WaitForAsync("order_workflow_duration_seconds_count", timedToShipment + 1, "outcome=\"Shipped\"");
        Assert.True(await ValueAsync("order_place_to_confirmed_duration_seconds_bucket", "le=\"+Inf\"") >= 1);
        await WaitForAsync("workflow_activity_duration_seconds_count", 1, "activity=\"PublishOrderPlacedActivity\"", "outcome=\"ok\"");
        await WaitForAsync("workflow_activity_duration_seconds_count", 1, "activity=\"MarkOrderShippedActivity\"", "outcome=\"ok\"");
    }

    [Fact]
    public async Task A_rejected_order_is_counted_as_cancelled_with_its_reason_and_its_workflow_timed()
    {
        var cancelled = await ValueAsync("order_status_transitions_total", "status=\"Cancelled\"", $"reason=\"{CancellationReasons.InsufficientStock}\"");
        var timed = await ValueAsync("order_workflow_duration_seconds_count", "outcome=\"Cancelled\"");

        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        Assert.Equal("SUCCESS", (await Host.DeliverAsync(Topics.OrdersCancelled, Scenario.RejectedBy(orderId, CancellationReasons.InsufficientStock))).Status);
        await Host.WaitForStatusAsync(orderId, "Cancelled");

        await WaitForAsync("order_status_transitions_total", cancelled + 1, "status=\"Cancelled\"", $"reason=\"{CancellationReasons.InsufficientStock}\"");
        await WaitForAsync("order_workflow_duration_seconds_count", timed + 1, "outcome=\"Cancelled\"");
    }

    private Task<double> ValueAsync(string series, params string[] labels) => PrometheusScrape.ValueAsync(Host.Client, series, labels);

    private Task<double> WaitForAsync(string series, double atLeast, params string[] labels) =>
        PrometheusScrape.WaitForAsync(Host.Client, series, atLeast, labels);
}
