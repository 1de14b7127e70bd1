namespace Ecommerce.AppHost;

/// <summary>
/// A service's HTTP port and its sidecar's ports. With fixed ports they match dapr.yaml (app 510n, Dapr HTTP 350n,
/// Dapr gRPC 5010n) so the addresses a developer learns work in both ways of running; otherwise free ports.
/// </summary>
public sealed record DaprServicePorts(int App, int DaprHttp, int DaprGrpc)
{
    private static readonly string[] Order = ["ordering", "inventory", "notifications", "fulfillment", "operations"];

    public static DaprServicePorts For(string appId, bool fixedPorts)
    {
        var index = Array.IndexOf(Order, appId) + 1;
        return fixedPorts && index > 0
            ? new DaprServicePorts(5100 + index, 3500 + index, 50100 + index)
            : new DaprServicePorts(FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
    }
}
