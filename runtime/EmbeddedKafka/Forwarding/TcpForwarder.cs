using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Ecommerce.EmbeddedKafka.Forwarding;

/// <summary>
/// Listens on a stable loopback port and forwards each connection to one mock broker, whose own listener has a
/// random port and a backlog of 5. While the broker is marked down it drops every connection, old and new.
/// </summary>
internal sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<ForwardedConnection, Task> connections = new();
    private Task acceptLoop = Task.CompletedTask;
    private IPEndPoint? target;
    private volatile bool down;

    private TcpForwarder(TcpListener listener, ILogger logger)
    {
        this.listener = listener;
        this.logger = logger;
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public bool IsDown => down;

    /// <summary>Binds the port now, so a taken port fails before anything else starts.</summary>
    /// <exception cref="SocketException">The port is in use (<see cref="SocketError.AddressAlreadyInUse"/>).</exception>
    public static TcpForwarder Bind(int port, ILogger logger)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(backlog: 512);
        return new TcpForwarder(listener, logger);
    }

    public void Start(IPEndPoint brokerEndpoint)
    {
        target = brokerEndpoint;
        acceptLoop = AcceptAsync(stopping.Token);
    }

    /// <summary>Releases the port of a forwarder that was bound but never started.</summary>
    public void StopListening()
    {
        listener.Stop();
        stopping.Dispose();
    }

    public void SetDown()
    {
        down = true;
        CloseConnections();
    }

    public void SetUp() => down = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        CloseConnections();
        await Task.WhenAll(connections.Values);
        stopping.Dispose();
    }

    private void CloseConnections()
    {
        foreach (var connection in connections.Keys)
        {
            connection.Close();
        }
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (down)
            {
                client.Close(timeout: 0);
                continue;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(Socket client, CancellationToken cancellationToken)
    {
        ForwardedConnection connection;
        try
        {
            connection = await ForwardedConnection.ConnectAsync(client, target!, cancellationToken);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            ForwarderLog.BrokerUnreachable(logger, Port, target!.Port, e.Message);
            client.Dispose();
            return;
        }

        var pump = connection.PumpAsync(cancellationToken);
        connections[connection] = pump;
        if (down)
        {
            connection.Close();
        }

        await pump;
        connections.TryRemove(connection, out _);
    }
}
