using Ecommerce.LocalSidecar.PubSub;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>A delivery gate that never closes, for tests of a pub/sub component without an app health check.</summary>
internal sealed class OpenGate : IDeliveryGate
{
    public static readonly OpenGate Instance = new();

    public bool IsOpen => true;

    public Task WaitOpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
