using System.Security.Claims;
using Ecommerce.Identity.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ecommerce.Identity.Endpoints;

/// <summary>/account/login and /account/logout: the cookie session that the authorization endpoint relies on.</summary>
public static partial class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLoginPages(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            LoginPage.Render(context, antiforgery, returnUrl, error: null));
        account.MapPost("/login", SignInAsync);
        account.MapPost("/logout", (Delegate)SignOutAsync);
        return app;
    }

    public static async Task<IResult> SignInAsync(
        [FromForm] LoginForm form, HttpContext context, IAntiforgery antiforgery, UserAccounts users, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var user = await users.CheckPasswordAsync(form.Email, form.Password, cancellationToken);
        if (user is null)
        {
            LogSignInRefused(loggers.CreateLogger(typeof(LoginEndpoints)));
            return LoginPage.Render(context, antiforgery, form.ReturnUrl, "The email or the password is wrong.");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        // Only back into this server (the authorization endpoint): never an open redirect.
        var returnUrl = form.ReturnUrl is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
        return Results.LocalRedirect(returnUrl);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/account/login");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in was refused: unknown email or wrong password")]
    private static partial void LogSignInRefused(ILogger logger);
}
