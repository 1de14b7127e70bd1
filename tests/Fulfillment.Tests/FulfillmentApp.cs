using Dapr.Client;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>The Fulfillment service in memory, its state store and pub/sub in a fake sidecar.</summary>
public sealed class FulfillmentApp : WebApplicationFactory<Program>
{
    public FakeDaprClient Dapr { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<DaprClient>(Dapr));
    }
}
