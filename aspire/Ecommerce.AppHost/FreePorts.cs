using System.Net;
using System.Net.Sockets;

namespace Ecommerce.AppHost;

/// <summary>Free loopback ports for processes nobody connects to by hand (the local sidecars' APIs).</summary>
internal static class FreePorts
{
    private static readonly HashSet<int> Handed = [];
    private static readonly Lock Gate = new();

    /// <summary>A port free now and not handed out before by this app host.</summary>
    public static int Next()
    {
        lock (Gate)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
