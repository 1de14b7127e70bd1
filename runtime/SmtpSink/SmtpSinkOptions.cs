using System.Net;

namespace Ecommerce.SmtpSink;

/// <summary>Where the sink listens. Port 0 picks a free port; the chosen ports are on <see cref="SmtpSinkServer"/>.</summary>
public sealed record SmtpSinkOptions
{
    public const int DefaultSmtpPort = 2525;
    public const int DefaultHttpPort = 8025;

    public int SmtpPort { get; init; } = DefaultSmtpPort;

    public int HttpPort { get; init; } = DefaultHttpPort;

    /// <summary>Loopback by default: this is a development stand-in and must not receive mail from the network.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Reads <c>smtp-port</c>, <c>http-port</c> and <c>bind-address</c> (command line <c>--smtp-port 2525</c>).</summary>
    public static SmtpSinkOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new SmtpSinkOptions();
        var bind = configuration["bind-address"];
        return new SmtpSinkOptions
        {
            SmtpPort = configuration.GetValue("smtp-port", defaults.SmtpPort),
            HttpPort = configuration.GetValue("http-port", defaults.HttpPort),
            BindAddress = string.IsNullOrWhiteSpace(bind) ? defaults.BindAddress : IPAddress.Parse(bind),
        };
    }
}
