using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ecommerce.AppHost.Testing;
using Npgsql;

namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>
/// Access tokens that last <see cref="Lifetime"/> instead of an hour, and services that accept none expired (no
/// clock skew): every browser test then runs through the back office renewing its token, and one can watch it happen.
/// </summary>
internal static class ShortTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static void Apply(IDistributedApplicationTestingBuilder builder)
    {
        var projects = builder.Resources.OfType<ProjectResource>().ToDictionary(resource => resource.Name);
        builder.CreateResourceBuilder(projects[LocalAppHost.Identity])
            .WithEnvironment("Identity__AccessTokenLifetime", Lifetime.ToString("c", CultureInfo.InvariantCulture));
        foreach (var service in LocalAppHost.Services)
        {
            builder.CreateResourceBuilder(projects[service]).WithEnvironment("Auth__ClockSkew", "00:00:00");
        }
    }

    /// <summary>
    /// How many times the back office's newest sign-in since <paramref name="since"/> has renewed its access token,
    /// as the identity service recorded it: each renewal redeems one refresh token of that sign-in.
    /// </summary>
    public static async Task<long> RenewalsAsync(LocalAppHost host, DateTime since)
    {
        await using var connection = new NpgsqlConnection(
            $"Host=127.0.0.1;Port={host.Settings.PostgresPort};Username=postgres;Database={LocalAppHost.Identity};Pooling=false;Timeout=5");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM "OpenIddictTokens"
            WHERE "Type" = 'urn:ietf:params:oauth:token-type:refresh_token' AND "Status" = 'redeemed' AND "AuthorizationId" = (
                SELECT a."Id" FROM "OpenIddictAuthorizations" a JOIN "OpenIddictApplications" c ON c."Id" = a."ApplicationId"
                WHERE c."ClientId" = 'ecommerce-backoffice' AND a."CreationDate" >= @since
                ORDER BY a."CreationDate" DESC LIMIT 1)
            """, connection);
        command.Parameters.AddWithValue("since", since);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The identity service's tokens and authorizations, one line each, for a failure message.</summary>
    public static async Task<string> DescribeAsync(LocalAppHost host)
    {
        await using var connection = new NpgsqlConnection(
            $"Host=127.0.0.1;Port={host.Settings.PostgresPort};Username=postgres;Database={LocalAppHost.Identity};Pooling=false;Timeout=5");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'token ' || coalesce("Type", '') || ' ' || coalesce("Status", '') || ' created ' || coalesce("CreationDate"::text, '')
                   || ' redeemed ' || coalesce("RedemptionDate"::text, '') || ' authorization ' || coalesce("AuthorizationId", '') FROM "OpenIddictTokens"
            UNION ALL
            SELECT 'authorization ' || "Id" || ' ' || coalesce("Type", '') || ' ' || coalesce("Status", '') || ' created ' || coalesce("CreationDate"::text, '')
                   || ' app ' || coalesce("ApplicationId", '') FROM "OpenIddictAuthorizations"
            """, connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
