using Dapr.Client;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.Operations.Tests;

/// <summary>The Operations service in memory, on its own real PostgreSQL database, with a recording Dapr sidecar.</summary>
public sealed class OperationsApp(string connectionString, FakeDaprClient dapr) : WebApplicationFactory<Program>
{
    public FakeDaprClient Dapr => dapr;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:operations", connectionString);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DaprClient>();
            services.AddSingleton<DaprClient>(dapr);
        });
    }
}
