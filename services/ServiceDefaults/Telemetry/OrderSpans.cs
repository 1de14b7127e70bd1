using System.Diagnostics;

namespace Ecommerce.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the order id on the current span, so an operator finds an order's trace by searching for
/// <c>order.id</c> (every hop of one order shares that trace: the traceparent travels in each CloudEvent).
/// </summary>
public static class OrderSpans
{
    public const string OrderIdTag = "order.id";

    public static void TagOrder(Guid orderId) => Activity.Current?.SetTag(OrderIdTag, orderId.ToString());
}
