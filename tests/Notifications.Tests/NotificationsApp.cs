using Dapr.Client;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.Notifications.Tests;

/// <summary>The Notifications service in memory, mailing through a real SMTP server, with a fake Dapr sidecar.</summary>
public sealed class NotificationsApp(IReadOnlyDictionary<string, string?> settings, FakeDaprClient dapr) : WebApplicationFactory<Program>
{
    public static NotificationsApp SendingTo(int smtpPort, FakeDaprClient dapr) => new(
        new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "Ecommerce <orders@shop.example>",
            ["Smtp:UseTls"] = "none",
            ["Smtp:Timeout"] = "00:00:05",
        },
        dapr);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DaprClient>();
            services.AddSingleton<DaprClient>(dapr);
        });
    }
}
