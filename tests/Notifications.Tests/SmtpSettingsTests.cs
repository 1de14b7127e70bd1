using Ecommerce.Notifications.Email;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.Notifications.Tests;

public sealed class SmtpSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Smtp:" + v.Key, v.Value)))
            .Build();

    [Fact]
    public void MissingHost_FailsNamingSmtpHost()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.FromConfiguration(Config(("From", "a@b.example"))));

        Assert.Contains("Smtp:Host", error.Message);
        Assert.Contains("Smtp__Host", error.Message);
    }

    [Fact]
    public void MissingFrom_FailsNamingSmtpFrom()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.FromConfiguration(Config(("Host", "localhost"))));

        Assert.Contains("Smtp:From", error.Message);
    }

    [Theory]
    [InlineData("Port", "seventy", "Smtp:Port")]
    [InlineData("Port", "70000", "Smtp:Port")]
    [InlineData("UseTls", "maybe", "Smtp:UseTls")]
    [InlineData("Timeout", "soon", "Smtp:Timeout")]
    [InlineData("UserName", "relay-user", "Smtp:Password")]
    public void InvalidSetting_FailsNamingIt(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SmtpSettings.FromConfiguration(Config(("Host", "localhost"), ("From", "a@b.example"), (key, value))));

        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("none", SmtpTlsMode.None)]
    [InlineData("StartTls", SmtpTlsMode.StartTls)]
    [InlineData("ssl", SmtpTlsMode.Ssl)]
    public void UseTls_AcceptsEachModeIgnoringCase(string value, SmtpTlsMode expected)
    {
        var settings = SmtpSettings.FromConfiguration(Config(("Host", "localhost"), ("From", "a@b.example"), ("UseTls", value)));

        Assert.Equal(expected, settings.UseTls);
    }

    [Fact]
    public void OnlyHostAndFrom_DefaultToPort25WithoutTlsOrCredentials()
    {
        var settings = SmtpSettings.FromConfiguration(Config(("Host", " mail.example "), ("From", "Shop <orders@shop.example>")));

        Assert.Equal("mail.example", settings.Host);
        Assert.Equal(25, settings.Port);
        Assert.Equal(SmtpTlsMode.None, settings.UseTls);
        Assert.Null(settings.UserName);
        Assert.Null(settings.Password);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.Timeout);
    }
}
