using Dapr.Client;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Inventory.Tests;

/// <summary>The Inventory service in memory, on its own real database, with a fake sidecar.</summary>
public sealed class InventoryApp(string connectionString) : WebApplicationFactory<Program>
{
    public FakeDaprClient Dapr { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:inventory", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<DaprClient>(Dapr));
    }
}
