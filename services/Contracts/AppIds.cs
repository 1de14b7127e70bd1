namespace Ecommerce.Contracts;

/// <summary>Dapr app ids. The folder, project, app id and Aspire resource of a service share one name.</summary>
public static class AppIds
{
    public const string Ordering = "ordering";
    public const string Inventory = "inventory";
    public const string Notifications = "notifications";
    public const string Fulfillment = "fulfillment";
    public const string Operations = "operations";
}
