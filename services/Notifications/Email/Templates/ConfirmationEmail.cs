using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-confirmation: the order is confirmed and its stock held.</summary>
public static class ConfirmationEmail
{
    public static RenderedEmail Render(OrderConfirmed order)
    {
        var subject = $"Order {order.OrderId} is confirmed";
        var html = Html.Page(subject,
            $"""
            <h1>Thank you, your order is confirmed</h1>
            <p>Order <strong>{Html.Encode(order.OrderId.ToString())}</strong> is confirmed and being prepared.</p>
            {OrderLinesBlock.ToHtml(order.Lines, order.Total)}
            <p>It will be shipped to:<br>{Html.Encode(order.ShippingAddress)}</p>
            """);
        var text =
            $"""
            Thank you, your order is confirmed.

            Order {order.OrderId} is confirmed and being prepared.

            {OrderLinesBlock.ToText(order.Lines, order.Total)}

            It will be shipped to:
            {order.ShippingAddress}
            """;
        return new RenderedEmail(subject, html, text);
    }
}
