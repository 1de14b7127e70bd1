using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Orders;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-shipped: the order left the warehouse.</summary>
public static class ShippedEmail
{
    public static OrderEmail Render(OrderSnapshot order, OrderShipped shipped)
    {
        var subject = $"Order {order.OrderId} has shipped";
        var shippedOn = shipped.ShippedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        var html = EmailFormat.Page(subject,
            $"""
            <h1>Your order is on its way</h1>
            <p>Order <strong>{EmailFormat.Encode(order.OrderId.ToString())}</strong> was shipped on {EmailFormat.Encode(shippedOn)}.</p>
            {EmailFormat.LinesHtml(order.Lines, order.Total)}
            <p>It is going to:<br>{EmailFormat.Encode(order.ShippingAddress)}</p>
            <p>Shipment reference: {EmailFormat.Encode(shipped.FulfillmentId.ToString())}</p>
            """);
        var text =
            $"""
            Your order is on its way.

            Order {order.OrderId} was shipped on {shippedOn}.

            {EmailFormat.LinesText(order.Lines, order.Total)}

            It is going to:
            {order.ShippingAddress}

            Shipment reference: {shipped.FulfillmentId}
            """;
        return new OrderEmail(order.OrderId, EmailTemplates.OrderShipped, order.CustomerEmail, subject, html, text);
    }
}
