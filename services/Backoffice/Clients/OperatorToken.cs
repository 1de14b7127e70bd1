using Ecommerce.Backoffice.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ecommerce.Backoffice.Clients;

/// <summary>
/// The signed-in operator's access token, renewed when due: the sign-in is read from the circuit's (or request's)
/// authentication state, its newest tokens from <see cref="OperatorSessions"/>. Null once the sign-in is over.
/// </summary>
public sealed class OperatorToken(AuthenticationStateProvider authentication, OperatorSessions sessions)
{
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return await sessions.AccessTokenAsync(state.User, cancellationToken);
    }
}
