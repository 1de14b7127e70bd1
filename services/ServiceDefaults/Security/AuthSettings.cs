namespace Ecommerce.ServiceDefaults.Security;

/// <summary>
/// Section <c>Auth</c>: who issues the bearer tokens every service accepts. Normally <see cref="Authority"/> (any
/// OpenID Connect provider: the local Identity service, Keycloak, Entra ID); tests instead name a symmetric
/// <see cref="SigningKey"/> and an <see cref="Issuer"/>, so they can mint tokens without a server.
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>The OIDC authority; its discovery document gives the issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience (<c>aud</c>) every token must name.</summary>
    public string Audience { get; set; } = "ecommerce-api";

    /// <summary>False only for a local authority over plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tests only: a base64 HMAC-SHA256 key (at least 32 bytes) that signs the tokens, instead of an authority.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The issuer expected with <see cref="SigningKey"/>.</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// How long after its expiry a token is still accepted, for clocks that differ between the issuer and this service
    /// (JwtBearer's default, 5 minutes). Tests of token renewal set 0, so an expired token is refused at once.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The claim holding roles: <c>role</c> (OpenIddict), <c>roles</c> (Entra ID), or a mapped Keycloak claim.</summary>
    public string RoleClaimType { get; set; } = "role";

    /// <summary>The role that makes a caller an operator.</summary>
    public string OperatorRole { get; set; } = "operator";

    /// <summary>The claim that names the owner of an order: the customer's email.</summary>
    public string OwnerClaimType { get; set; } = "email";
}
