using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;
using Ecommerce.Telemetry.Testing;

namespace Ecommerce.EndToEnd.Scenarios;

/// <summary>
/// One order, one trace: the placement request, the workflow's activities, every pub/sub hop through the sidecars
/// and Kafka, and the email, as the services exported them over OTLP to the fixture's receiver.
/// </summary>
[Collection(EcommerceCollection.Name)]
public sealed class TracingTests(EcommerceFixture shop)
{
    private static readonly string[] Traced = ["ordering", "inventory", "notifications"];

    [Fact]
    public async Task A_confirmed_and_mailed_order_is_one_trace_across_ordering_inventory_and_notifications()
    {
        var email = Customers.NewEmail("traced");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 5, price: 10.00m);

        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 1)));
        await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);
        await shop.Mailbox.WaitForAsync(email, "is confirmed", Waits.Step);

        // Spans are exported in batches: wait until each service's part of this order has arrived. Notifications'
        // delivery of orders.confirmed ends only after the email was sent, so it is there soon after the mail.
        var spans = await Eventually.UntilAsync(
            _ => Task.FromResult(shop.Traces.Where(span => span.Attribute("order.id") == orderId.ToString())),
            found => Traced.All(service => found.Any(span => span.ServiceName == service))
                     && found.Any(IsPlacement)
                     && found.Any(span => span.ServiceName == "notifications" && span.Name.Contains("orders.confirmed", StringComparison.Ordinal)),
            Waits.Step,
            $"spans of order {orderId} from {string.Join(", ", Traced)}");

        var traceId = Assert.Single(spans, IsPlacement).TraceId;
        Assert.All(spans, span => Assert.True(span.TraceId == traceId, $"{span} is not in the placement's trace {traceId}"));

        // The workflow's activities ran in the placement's trace, and so did what they published.
        var trace = shop.Traces.Where(span => span.TraceId == traceId);
        Assert.Contains(trace, span => span.ServiceName == "ordering" && span.Name == "WorkflowActivity PublishOrderPlacedActivity");
        Assert.Contains(trace, span => span.ServiceName == "ordering" && span.Name == "WorkflowActivity ConfirmAndPublishOrderActivity");
        Assert.Contains(trace, span => span.ServiceName == "inventory" && span.Name.Contains("orders.new", StringComparison.Ordinal));
        Assert.Contains(trace, span => span.ServiceName == "ordering" && span.Name.Contains("inventory.stock.reserved", StringComparison.Ordinal));
    }

    private static bool IsPlacement(ReceivedSpan span) =>
        span.ServiceName == "ordering" && span.Name.TrimEnd('/') == "POST /orders";
}
