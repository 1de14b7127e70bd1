using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Orders;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-shipped: the order left the warehouse.</summary>
public static class ShippedEmail
{
    public static RenderedEmail Render(OrderSnapshot order, OrderShipped shipped)
    {
        var subject = $"Order {order.OrderId} has shipped";
        var shippedOn = shipped.ShippedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        var html = Html.Page(subject,
            $"""
            <h1>Your order is on its way</h1>
            <p>Order <strong>{Html.Encode(order.OrderId.ToString())}</strong> was shipped on {Html.Encode(shippedOn)}.</p>
            {OrderLinesBlock.ToHtml(order.Lines, order.Total)}
            <p>It is going to:<br>{Html.Encode(order.ShippingAddress)}</p>
            <p>Shipment reference: {Html.Encode(shipped.FulfillmentId.ToString())}</p>
            """);
        var text =
            $"""
            Your order is on its way.

            Order {order.OrderId} was shipped on {shippedOn}.

            {OrderLinesBlock.ToText(order.Lines, order.Total)}

            It is going to:
            {order.ShippingAddress}

            Shipment reference: {shipped.FulfillmentId}
            """;
        return new RenderedEmail(subject, html, text);
    }
}
