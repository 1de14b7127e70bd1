namespace Ecommerce.AppHost;

/// <summary>The databases the local PostgreSQL holds: one per service that owns tables (Identity too), plus the workflow (actor) store.</summary>
public static class LocalDatabases
{
    public const string Workflow = "workflow";

    public static readonly IReadOnlyList<string> All =
        ["ordering", "inventory", "notifications", "fulfillment", "operations", Workflow, IdentityServiceExtensions.Database];
}
