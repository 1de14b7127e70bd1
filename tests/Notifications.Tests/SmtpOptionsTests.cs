using Ecommerce.Notifications.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ecommerce.Notifications.Tests;

public sealed class SmtpOptionsTests
{
    private static SmtpOptions Read(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Smtp:" + v.Key, v.Value)))
            .Build();
        using var services = new ServiceCollection().AddSmtpOptions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }

    [Fact]
    public void Read_MissingHost_FailsNamingSmtpHost()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(("From", "a@b.example")));

        Assert.Contains("Smtp:Host", error.Message);
        Assert.Contains("Smtp__Host", error.Message);
    }

    [Fact]
    public void Read_MissingFrom_FailsNamingSmtpFrom()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(("Host", "localhost")));

        Assert.Contains("Smtp:From", error.Message);
    }

    [Theory]
    [InlineData("Port", "seventy", "Smtp:Port")]
    [InlineData("Port", "70000", "Smtp:Port")]
    [InlineData("UseTls", "maybe", "Smtp:UseTls")]
    [InlineData("Timeout", "soon", "Smtp:Timeout")]
    [InlineData("Timeout", "-00:00:01", "Smtp:Timeout")]
    [InlineData("UserName", "relay-user", "Smtp:Password")]
    public void Read_InvalidSetting_FailsNamingIt(string key, string value, string named)
    {
        // A value of the wrong type fails in the binder, a wrong value in validation: both name the setting.
        var error = Record.Exception(() => Read(("Host", "localhost"), ("From", "a@b.example"), (key, value)));

        Assert.True(error is InvalidOperationException or OptionsValidationException, $"unexpected {error?.GetType().Name}");
        Assert.Contains(named, error!.Message);
    }

    [Theory]
    [InlineData("none", SmtpTlsMode.None)]
    [InlineData("StartTls", SmtpTlsMode.StartTls)]
    [InlineData("ssl", SmtpTlsMode.Ssl)]
    public void Read_UseTls_AcceptsEachModeIgnoringCase(string value, SmtpTlsMode expected)
    {
        var options = Read(("Host", "localhost"), ("From", "a@b.example"), ("UseTls", value));

        Assert.Equal(expected, options.UseTls);
    }

    [Fact]
    public void Read_OnlyHostAndFrom_DefaultsToPort25WithoutTlsOrCredentials()
    {
        var options = Read(("Host", " mail.example "), ("From", "Shop <orders@shop.example>"));

        Assert.Equal("mail.example", options.Host);
        Assert.Equal(25, options.Port);
        Assert.Equal(SmtpTlsMode.None, options.UseTls);
        Assert.Null(options.UserName);
        Assert.Null(options.Password);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
    }
}
