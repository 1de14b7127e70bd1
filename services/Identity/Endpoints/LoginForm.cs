namespace Ecommerce.Identity.Endpoints;

/// <summary>The login page's form fields.</summary>
public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);
