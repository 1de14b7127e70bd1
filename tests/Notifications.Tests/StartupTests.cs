using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task WithoutSmtpHost_TheServiceDoesNotStart_AndSaysWhichSettingIsMissing()
    {
        await using var app = new NotificationsApp(new Dictionary<string, string?> { ["Smtp:From"] = "orders@shop.example" }, new FakeDaprClient());

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Smtp:Host", Flatten(error));
    }

    private static string Flatten(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);
}
