namespace Ecommerce.Identity.Accounts;

/// <summary>A person who signs in with email and password; <see cref="Role"/> is customer or operator.</summary>
public sealed class UserAccount
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Role { get; init; }

    public string PasswordHash { get; set; } = "";
}
