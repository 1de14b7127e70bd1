using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Ecommerce.LoadBench;

/// <summary>
/// The customers the benchmark places orders as. Placement is rate-limited per caller (RateLimits:PlaceOrder, 60 a
/// minute), so the load is spread over enough customers that no one of them is limited: local accounts are added to
/// the identity service's database (one password hash for all, made once), and each signs in with the local-only
/// password grant, as the README's token curl does.
/// </summary>
public static class BenchCustomers
{
    private const string Password = "loadbench-customer-password";

    public static async Task<IReadOnlyList<string>> SignInAsync(BenchOptions options, int count, CancellationToken ct)
    {
        var emails = Enumerable.Range(0, count).Select(i => $"load-{i}@bench.example").ToList();
        var hash = new PasswordHasher<object>().HashPassword(new object(), Password);
        await using (var connection = new NpgsqlConnection(options.ConnectionString("identity")))
        {
            await connection.OpenAsync(ct);
            foreach (var email in emails)
            {
                await using var insert = new NpgsqlCommand(
                    """
                    INSERT INTO user_accounts ("Id", "Email", "DisplayName", "Role", "PasswordHash")
                    VALUES ($1, $2, $2, 'customer', $3) ON CONFLICT ("Email") DO NOTHING
                    """, connection);
                insert.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid().ToString() });
                insert.Parameters.Add(new NpgsqlParameter { Value = email });
                insert.Parameters.Add(new NpgsqlParameter { Value = hash });
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        using var http = new HttpClient { BaseAddress = new Uri(options.IdentityUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var gate = new SemaphoreSlim(4);
        return await Task.WhenAll(emails.Select(async email =>
        {
            await gate.WaitAsync(ct);
            try
            {
                using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password",
                    ["client_id"] = "ecommerce-cli",
                    ["username"] = email,
                    ["password"] = Password,
                    ["scope"] = "openid email roles ecommerce",
                }), ct);
                response.EnsureSuccessStatusCode();
                return (await response.Content.ReadFromJsonAsync<TokenResponse>(ct))!.AccessToken;
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
