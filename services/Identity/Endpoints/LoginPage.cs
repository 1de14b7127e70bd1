using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Ecommerce.Identity.Endpoints;

/// <summary>The one HTML page of the server: email, password, and where to go back to.</summary>
public static class LoginPage
{
    public static IResult Render(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var message = error is null ? "" : $"<p role=\"alert\" style=\"color:#b00020\">{html.Encode(error)}</p>";
        var page = $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign in · Ecommerce</title>
            <style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto}label,input,button{display:block;width:100%;margin:.4rem 0}</style></head>
            <body>
            <h1>Sign in</h1>
            {{message}}
            <form method="post" action="/account/login">
              <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
              <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl ?? "/")}}">
              <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
              <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
