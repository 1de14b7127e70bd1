using Aspire.Hosting.Testing;

namespace Ecommerce.AppHost.Tests;

public sealed class ServicesTests
{
    [Fact]
    public async Task Every_service_and_its_local_sidecar_become_healthy()
    {
        await using var run = await LocalAppHost.StartAsync(AppHostStart.Options(startServices: true));

        Assert.Superset(
            LocalAppHost.Services.Concat(LocalAppHost.Services.Select(LocalAppHost.SidecarOf)).ToHashSet(),
            run.ResourceNames.ToHashSet());
        foreach (var service in LocalAppHost.Services)
        {
            using var app = run.App.CreateHttpClient(service, "http");
            using var sidecar = run.App.CreateHttpClient($"{service}-sidecar", "http");

            Assert.Equal("Healthy", await app.GetStringAsync("/health/ready"));
            (await sidecar.GetAsync("/v1.0/healthz")).EnsureSuccessStatusCode();
        }
    }
}
