using System.Net;
using System.Net.Sockets;

namespace Ecommerce.LocalRun;

/// <summary>
/// Free loopback ports for processes nobody connects to by hand (the local sidecars' APIs, everything a test starts).
/// They are taken below the kernel's ephemeral range: a port the kernel hands out for port 0 lies inside that range,
/// where any outgoing connection may take it in the minute before the process it was meant for binds it ("address
/// already in use").
/// </summary>
public static class FreePorts
{
    private const int Floor = 20000;
    private static readonly HashSet<int> Handed = [];
    private static readonly Lock Gate = new();

    /// <summary>A port free now and not handed out before in this process.</summary>
    public static int Next()
    {
        var ceiling = EphemeralRangeStart();
        lock (Gate)
        {
            while (true)
            {
                var port = ceiling > Floor ? Random.Shared.Next(Floor, ceiling) : KernelPort();
                if (Handed.Add(port) && IsFree(port))
                {
                    return port;
                }
            }
        }
    }

    /// <summary>Whether nothing listens on the loopback port now (binding it is the only reliable test).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int KernelPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of the ephemeral range (Linux: ip_local_port_range; elsewhere the IANA 49152).</summary>
    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            ? start
            : 49152;
    }
}
