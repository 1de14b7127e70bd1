using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-confirmation: the order is confirmed and its stock held.</summary>
public static class ConfirmationEmail
{
    public static OrderEmail Render(OrderConfirmed order)
    {
        var subject = $"Order {order.OrderId} is confirmed";
        var html = EmailFormat.Page(subject,
            $"""
            <h1>Thank you, your order is confirmed</h1>
            <p>Order <strong>{EmailFormat.Encode(order.OrderId.ToString())}</strong> is confirmed and being prepared.</p>
            {EmailFormat.LinesHtml(order.Lines, order.Total)}
            <p>It will be shipped to:<br>{EmailFormat.Encode(order.ShippingAddress)}</p>
            """);
        var text =
            $"""
            Thank you, your order is confirmed.

            Order {order.OrderId} is confirmed and being prepared.

            {EmailFormat.LinesText(order.Lines, order.Total)}

            It will be shipped to:
            {order.ShippingAddress}
            """;
        return new OrderEmail(order.OrderId, EmailTemplates.OrderConfirmation, order.CustomerEmail, subject, html, text);
    }
}
