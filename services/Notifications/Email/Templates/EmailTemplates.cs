namespace Ecommerce.Notifications.Email.Templates;

/// <summary>Template names: part of the delivery ledger key and of <c>EmailSent.Template</c> (the seed's names).</summary>
public static class EmailTemplates
{
    public const string OrderConfirmation = "order-confirmation";
    public const string OrderShipped = "order-shipped";
    public const string OrderCancelled = "order-cancelled";
}
