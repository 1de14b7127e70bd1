namespace Ecommerce.AppHost;

/// <summary>
/// A service's HTTP port and its sidecar's ports. With fixed ports they match dapr.yaml (app 510n, Dapr HTTP 350n,
/// Dapr gRPC 5010n) so the addresses a developer learns work in both ways of running; otherwise free ports. A busy
/// fixed sidecar port is replaced by a free one (listed in <see cref="Moved"/>): only the service talks to its sidecar,
/// and it is told the port. The service's own port is the one people type, so a busy one stops the run instead.
/// </summary>
public sealed record DaprServicePorts(int App, int DaprHttp, int DaprGrpc)
{
    private static readonly string[] Order = ["ordering", "inventory", "notifications", "fulfillment", "operations"];

    public IReadOnlyList<MovedPortAnnotation> Moved { get; init; } = [];

    public static DaprServicePorts For(string appId, bool fixedPorts)
    {
        var index = Array.IndexOf(Order, appId) + 1;
        if (!fixedPorts || index == 0)
        {
            return new DaprServicePorts(FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        }

        var moved = new List<MovedPortAnnotation>();
        var http = FreeOrMoved("Dapr HTTP", 3500 + index, moved);
        var grpc = FreeOrMoved("Dapr gRPC", 50100 + index, moved);
        return new DaprServicePorts(5100 + index, http, grpc) { Moved = moved };
    }

    private static int FreeOrMoved(string what, int wanted, List<MovedPortAnnotation> moved)
    {
        if (FreePorts.IsFree(wanted))
        {
            return wanted;
        }

        var used = FreePorts.Next();
        moved.Add(new MovedPortAnnotation(what, wanted, used));
        return used;
    }
}
