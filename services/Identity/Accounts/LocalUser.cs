namespace Ecommerce.Identity.Accounts;

/// <summary>A seeded user of local mode, with the password documented in the README.</summary>
public sealed record LocalUser(string Email, string DisplayName, string Password, string Role);
