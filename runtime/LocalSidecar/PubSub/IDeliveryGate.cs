namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>Whether messages may be delivered to the app now: closed while its health check calls it unhealthy,
/// as daprd stops its subscriptions then.</summary>
public interface IDeliveryGate
{
    bool IsOpen { get; }

    /// <summary>Completes when the gate is (or becomes) open.</summary>
    Task WaitOpenAsync(CancellationToken cancellationToken);
}
