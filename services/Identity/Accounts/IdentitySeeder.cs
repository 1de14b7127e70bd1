using System.Text.Json;
using Ecommerce.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ecommerce.Identity.Accounts;

/// <summary>
/// Creates the schema at start (EF Core's EnsureCreated: the model is OpenIddict's and one table of users) and, in
/// local mode, the seeded users and clients when they are missing. Runs before the server takes requests.
/// </summary>
public sealed partial class IdentitySeeder(IServiceProvider services, IdentitySettings settings, ILogger<IdentitySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (!settings.SeedLocalAccounts)
        {
            return;
        }

        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<UserAccount>>();
        foreach (var user in LocalAccounts.Users)
        {
            if (!await db.Users.AnyAsync(u => u.Email == user.Email, cancellationToken))
            {
                var account = new UserAccount { Id = Guid.NewGuid().ToString(), Email = user.Email, DisplayName = user.DisplayName, Role = user.Role };
                account.PasswordHash = hasher.HashPassword(account, user.Password);
                db.Users.Add(account);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await SeedClientAsync(applications, CliClient(), cancellationToken);
        await SeedClientAsync(applications, OperatorClient(), cancellationToken);
        if (settings.BackofficeUrls.Count > 0)
        {
            await SeedOrUpdateClientAsync(applications, BackofficeClient(settings.BackofficeUrls), cancellationToken);
        }

        LogSeeded(logger, LocalAccounts.Users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SeedClientAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor client, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(client.ClientId!, cancellationToken) is null)
        {
            await applications.CreateAsync(client, cancellationToken);
        }
    }

    /// <summary>The back office's port changes from run to run in tests, so its redirect URIs are brought up to date.</summary>
    private static async Task SeedOrUpdateClientAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor client, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(client.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, client, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(client, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor CliClient() => WithPermissions(
        new OpenIddictApplicationDescriptor
        {
            ClientId = LocalAccounts.CliClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Ecommerce command line and scripts (local)",
            RedirectUris = { new Uri(LocalAccounts.CliRedirectUri) },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        },
        Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
        Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.GrantTypes.Password,
        Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles);

    private static OpenIddictApplicationDescriptor OperatorClient() => WithPermissions(
        new OpenIddictApplicationDescriptor
        {
            ClientId = LocalAccounts.OperatorClientId,
            ClientSecret = LocalAccounts.OperatorClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Operator automation (local)",
            Properties = { [TokenClaims.RoleProperty] = JsonSerializer.SerializeToElement(LocalAccounts.OperatorRole) },
        },
        Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials);

    private static OpenIddictApplicationDescriptor BackofficeClient(IEnumerable<Uri> backofficeUrls)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = LocalAccounts.BackofficeClientId,
            ClientSecret = LocalAccounts.BackofficeClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Ecommerce back office (local)",
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var url in backofficeUrls)
        {
            client.RedirectUris.Add(new Uri(url, LocalAccounts.BackofficeSignInPath));
            client.PostLogoutRedirectUris.Add(new Uri(url, LocalAccounts.BackofficeSignOutPath));
        }

        return WithPermissions(client,
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles);
    }

    /// <summary>The client's permissions, always including the services' API scope.</summary>
    private static OpenIddictApplicationDescriptor WithPermissions(OpenIddictApplicationDescriptor client, params string[] permissions)
    {
        client.Permissions.UnionWith([.. permissions, Permissions.Prefixes.Scope + LocalAccounts.ApiScope]);
        return client;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the local accounts ({Users} users) and clients")]
    private static partial void LogSeeded(ILogger logger, int users);
}
