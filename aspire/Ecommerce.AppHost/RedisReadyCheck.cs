using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ecommerce.AppHost;

/// <summary>Healthy once redis-server answers PING (inline command, no client library needed).</summary>
public sealed class RedisReadyCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var reply = new byte[64];
            var read = await stream.ReadAsync(reply, cancellationToken);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("redis-server is still loading");
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy("redis-server does not accept connections yet", exception);
        }
    }
}
