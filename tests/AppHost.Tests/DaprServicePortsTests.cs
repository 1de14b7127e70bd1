using System.Net;
using System.Net.Sockets;
using Ecommerce.LocalRun;

namespace Ecommerce.AppHost.Tests;

public sealed class DaprServicePortsTests
{
    /// <summary>Inventory's sidecar HTTP port in dapr.yaml.</summary>
    private const int InventorySidecarHttp = 3502;

    [Fact]
    public void A_busy_fixed_sidecar_port_is_replaced_by_a_free_one_and_reported()
    {
        using var holder = FreePorts.IsFree(InventorySidecarHttp) ? new TcpListener(IPAddress.Loopback, InventorySidecarHttp) : null;
        holder?.Start();

        var ports = DaprServicePorts.For("inventory", fixedPorts: true);

        Assert.Equal(5102, ports.App);
        Assert.NotEqual(InventorySidecarHttp, ports.DaprHttp);
        var moved = Assert.Single(ports.Moved, move => move.Wanted == InventorySidecarHttp);
        Assert.Equal(("Dapr HTTP", ports.DaprHttp), (moved.What, moved.Used));
    }
}
