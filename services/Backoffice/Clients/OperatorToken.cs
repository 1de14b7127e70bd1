using Ecommerce.Backoffice.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ecommerce.Backoffice.Clients;

/// <summary>The signed-in operator's access token, read from the circuit's (or request's) authentication state.</summary>
public sealed class OperatorToken(AuthenticationStateProvider authentication)
{
    public async Task<string?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst(OperatorClaims.AccessToken)?.Value;
    }
}
