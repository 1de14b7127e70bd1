namespace Ecommerce.Identity;

/// <summary>Section <c>Identity</c>: the issuer this server names in its tokens and what local mode seeds.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>The issuer URL, as the services' <c>Auth:Authority</c> names it (e.g. http://127.0.0.1:5106/).</summary>
    public Uri? Issuer { get; set; }

    /// <summary>False only for local mode over plain http on loopback.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Seeds the local users and clients of <see cref="Accounts.LocalAccounts"/>: local mode only.</summary>
    public bool SeedLocalAccounts { get; set; }

    /// <summary>
    /// Where the back office runs (e.g. http://localhost:5107): its sign-in and sign-out callbacks are the redirect
    /// URIs of the seeded <c>ecommerce-backoffice</c> client. Set by whoever starts it (the app host), since its port
    /// is free in tests.
    /// </summary>
    public List<Uri> BackofficeUrls { get; set; } = [];

    /// <summary>
    /// How long an access token lasts (OpenIddict's default: an hour). Tests of token renewal shorten it, so a
    /// client's refresh is seen within a test.
    /// </summary>
    public TimeSpan? AccessTokenLifetime { get; set; }

    /// <summary>Allows the resource owner password grant for the seeded CLI client: local mode only, for scripts.</summary>
    public bool AllowPasswordGrant { get; set; }
}
