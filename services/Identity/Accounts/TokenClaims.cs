using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ecommerce.Identity.Accounts;

/// <summary>
/// The identities this server signs in: a user (subject, email, name, role) or a machine client (subject = client id,
/// the role kept in the client's properties). Every access token is for the services' audience; the email, name and
/// role also go into the identity token when the matching scope was granted.
/// </summary>
public static class TokenClaims
{
    public const string RoleProperty = "role";

    public static ClaimsIdentity ForUser(UserAccount user, IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaims(Claims.Role, [user.Role]);
        return Finish(identity, requestedScopes);
    }

    public static ClaimsIdentity ForClient(string clientId, string? role, IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, clientId);
        if (role is not null)
        {
            identity.SetClaims(Claims.Role, [role]);
        }

        return Finish(identity, requestedScopes);
    }

    private static ClaimsIdentity NewIdentity() => new(
        authenticationType: "OpenIddict.Server.AspNetCore",
        nameType: Claims.Name,
        roleType: Claims.Role);

    private static ClaimsIdentity Finish(ClaimsIdentity identity, IEnumerable<string> requestedScopes)
    {
        identity.SetScopes(requestedScopes);
        identity.SetResources(LocalAccounts.ApiAudience);
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return identity;
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity)
    {
        yield return Destinations.AccessToken;
        var scope = claim.Type switch
        {
            Claims.Email => Scopes.Email,
            Claims.Name => Scopes.Profile,
            Claims.Role => Scopes.Roles,
            _ => null,
        };
        if (scope is not null && identity.HasScope(scope))
        {
            yield return Destinations.IdentityToken;
        }
    }
}
