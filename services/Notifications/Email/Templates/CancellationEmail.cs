using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Orders;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>order-cancelled: why the order was cancelled, with its lines when it had been confirmed.</summary>
public static class CancellationEmail
{
    /// <param name="recipient">The customer's address (Ordering's cancellation carries it).</param>
    public static OrderEmail Render(OrderCancelled cancelled, string recipient, OrderSnapshot? confirmed)
    {
        var subject = $"Order {cancelled.OrderId} was cancelled";
        var reason = Describe(cancelled.Reason);
        var linesHtml = confirmed is null ? "" : EmailFormat.LinesHtml(confirmed.Lines, confirmed.Total);
        var linesText = confirmed is null ? "" : EmailFormat.LinesText(confirmed.Lines, confirmed.Total) + "\n\n";
        var html = EmailFormat.Page(subject,
            $"""
            <h1>Your order was cancelled</h1>
            <p>Order <strong>{EmailFormat.Encode(cancelled.OrderId.ToString())}</strong> was cancelled because {EmailFormat.Encode(reason)}.</p>
            {linesHtml}
            <p>Nothing will be shipped for this order. We are sorry for the inconvenience.</p>
            """);
        var text =
            $"""
            Your order was cancelled.

            Order {cancelled.OrderId} was cancelled because {reason}.

            {linesText}Nothing will be shipped for this order. We are sorry for the inconvenience.
            """;
        return new OrderEmail(cancelled.OrderId, EmailTemplates.OrderCancelled, recipient, subject, html, text);
    }

    /// <summary>A cancellation reason code in words a customer understands.</summary>
    public static string Describe(string reason) => reason switch
    {
        CancellationReasons.InsufficientStock => "some of the items are out of stock",
        CancellationReasons.UnknownProduct => "some of the items are not in our catalogue",
        CancellationReasons.CustomerCancelled => "you asked us to cancel it",
        CancellationReasons.ReservationTimeout => "we could not reserve the items in time",
        _ => "of a problem on our side",
    };
}
