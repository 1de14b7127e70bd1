using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Orders;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-cancelled: why the order was cancelled, with its lines when it had been confirmed.</summary>
public static class CancellationEmail
{
    public static RenderedEmail Render(OrderCancelled cancelled, OrderSnapshot? confirmed)
    {
        var subject = $"Order {cancelled.OrderId} was cancelled";
        var reason = CancellationReasonText.Describe(cancelled.Reason);
        var linesHtml = confirmed is null ? "" : OrderLinesBlock.ToHtml(confirmed.Lines, confirmed.Total);
        var linesText = confirmed is null ? "" : OrderLinesBlock.ToText(confirmed.Lines, confirmed.Total) + "\n\n";
        var html = Html.Page(subject,
            $"""
            <h1>Your order was cancelled</h1>
            <p>Order <strong>{Html.Encode(cancelled.OrderId.ToString())}</strong> was cancelled because {Html.Encode(reason)}.</p>
            {linesHtml}
            <p>Nothing will be shipped for this order. We are sorry for the inconvenience.</p>
            """);
        var text =
            $"""
            Your order was cancelled.

            Order {cancelled.OrderId} was cancelled because {reason}.

            {linesText}Nothing will be shipped for this order. We are sorry for the inconvenience.
            """;
        return new RenderedEmail(subject, html, text);
    }
}
