using System.Net;
using System.Net.Sockets;

namespace Ecommerce.EmbeddedKafka.Forwarding;

/// <summary>One client connection piped to the mock broker's own listener, byte for byte, both ways.</summary>
internal sealed class ForwardedConnection
{
    private readonly Socket client;
    private readonly Socket broker;

    private ForwardedConnection(Socket client, Socket broker)
    {
        this.client = client;
        this.broker = broker;
    }

    public static async Task<ForwardedConnection> ConnectAsync(Socket client, IPEndPoint target, CancellationToken cancellationToken)
    {
        var broker = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await broker.ConnectAsync(target, cancellationToken);
        }
        catch
        {
            broker.Dispose();
            throw;
        }

        client.NoDelay = true;
        return new ForwardedConnection(client, broker);
    }

    /// <summary>Pipes until either side closes, then closes both so the client sees what the broker did.</summary>
    public async Task PumpAsync(CancellationToken cancellationToken)
    {
        await using var clientStream = new NetworkStream(client, ownsSocket: true);
        await using var brokerStream = new NetworkStream(broker, ownsSocket: true);
        var upstream = CopyAsync(clientStream, brokerStream, cancellationToken);
        var downstream = CopyAsync(brokerStream, clientStream, cancellationToken);
        await Task.WhenAny(upstream, downstream);
        Close();
        await Task.WhenAll(upstream, downstream);
    }

    public void Close()
    {
        client.Dispose();
        broker.Dispose();
    }

    private static async Task CopyAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A closed side is how every connection ends; nothing to report.
        }
    }
}
