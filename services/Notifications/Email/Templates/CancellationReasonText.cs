using Ecommerce.Contracts;

namespace Ecommerce.Notifications.Email.Templates;

/// <summary>A cancellation reason code in words a customer understands.</summary>
public static class CancellationReasonText
{
    public static string Describe(string reason) => reason switch
    {
        CancellationReasons.InsufficientStock => "some of the items are out of stock",
        CancellationReasons.UnknownProduct => "some of the items are not in our catalogue",
        CancellationReasons.CustomerCancelled => "you asked us to cancel it",
        CancellationReasons.ReservationTimeout => "we could not reserve the items in time",
        _ => "of a problem on our side",
    };
}
