using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Ecommerce.EndToEnd.Identity;

/// <summary>
/// Adds a customer account straight into the identity service's database (its user_accounts table, with the same
/// password hasher), so every test can sign in as a customer of its own and its mail and orders never mix with another's.
/// </summary>
public static class TestCustomers
{
    private static readonly PasswordHasher<object> Hasher = new();

    public static async Task EnsureAsync(string connectionString, string email, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO user_accounts ("Id", "Email", "DisplayName", "Role", "PasswordHash")
            VALUES (@id, @email, @email, 'customer', @hash) ON CONFLICT ("Email") DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("email", email.ToLowerInvariant());
        command.Parameters.AddWithValue("hash", Hasher.HashPassword(new object(), LocalCredentials.TestCustomerPassword));
        await command.ExecuteNonQueryAsync(ct);
    }
}
