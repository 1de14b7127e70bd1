namespace Ecommerce.ServiceDefaults.Security;

/// <summary>The named authorization policies, applied to route groups with <c>RequireAuthorization(...)</c>.</summary>
public static class Policies
{
    /// <summary>Any signed-in caller with a valid bearer token (reading the catalog).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>An operator: catalog and stock, shipping, dead letters, listing everything.</summary>
    public const string Operator = "operator";

    /// <summary>
    /// A customer acting on their own orders (the owner from the token's claims) or an operator. At the route group it
    /// requires a caller who can own an order; with an <see cref="OwnedResource"/> it requires that caller to own it.
    /// </summary>
    public const string OrderOwner = "order-owner";

    /// <summary>The Dapr sidecar, proved by the app API token (daprd's APP_API_TOKEN sent as <c>dapr-api-token</c>).</summary>
    public const string DaprSidecar = "dapr-sidecar";
}
