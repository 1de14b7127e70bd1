using Dapr.Client;
using Ecommerce.TestSupport.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>
/// A service hosted in memory with the given settings, its Dapr sidecar replaced by <paramref name="dapr"/>.
/// Each test project derives its service's app from it (the entry point is that service's Program). It accepts the
/// test issuer's tokens (<see cref="TestTokens"/>); its clients call as an operator, with the sidecar's app token,
/// unless a test signs them in otherwise with <see cref="TestTokens.As"/>.
/// </summary>
public class FakeSidecarApp<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, FakeDaprClient dapr)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public FakeDaprClient Dapr => dapr;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in TestTokens.Settings.Concat(settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DaprClient>();
            services.AddSingleton<DaprClient>(dapr);
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.As(TestTokens.Operator());
    }
}
