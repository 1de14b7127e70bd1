namespace Ecommerce.Backoffice;

/// <summary>
/// Section <c>Backoffice</c>: the identity server it signs operators in with, and where the services' HTTP APIs are.
/// The app host sets every address; production points them at its own authority and gateways.
/// </summary>
public sealed class BackofficeSettings
{
    public const string Section = "Backoffice";

    /// <summary>The OpenID Connect authority (the services' Auth:Authority), e.g. http://127.0.0.1:5106/.</summary>
    public Uri? Authority { get; set; }

    public string ClientId { get; set; } = "ecommerce-backoffice";

    public string? ClientSecret { get; set; }

    /// <summary>False only for local mode over plain http on loopback.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public Uri? OrderingUrl { get; set; }

    public Uri? InventoryUrl { get; set; }

    public Uri? FulfillmentUrl { get; set; }

    public Uri? OperationsUrl { get; set; }

    /// <summary>
    /// How long a sign-in lasts (its cookie, and the renewal of its access token); then the operator signs in again.
    /// The identity service keeps its own sign-in for 8 hours too, so within them that is a redirect, not a form.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often the live pages read their data again.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The customer test orders are placed for (local mode only); without it the form is not offered.</summary>
    public TestCustomerSettings? TestCustomer { get; set; }
}
