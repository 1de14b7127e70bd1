using System.Globalization;
using System.Net;

namespace Ecommerce.EmbeddedKafka.Native;

/// <summary>Reads <c>rd_kafka_mock_cluster_bootstraps</c>: "host:port,..." with one entry per broker, broker 1 first.</summary>
internal static class MockBootstraps
{
    public static IPEndPoint[] Parse(string? bootstraps)
    {
        ArgumentException.ThrowIfNullOrEmpty(bootstraps);
        return [.. bootstraps.Split(',').Select(ParseAddress)];
    }

    private static IPEndPoint ParseAddress(string address)
    {
        var separator = address.LastIndexOf(':');
        var host = address[..separator];
        var ip = IPAddress.TryParse(host, out var parsed) ? parsed : IPAddress.Loopback;
        return new IPEndPoint(ip, int.Parse(address[(separator + 1)..], CultureInfo.InvariantCulture));
    }
}
