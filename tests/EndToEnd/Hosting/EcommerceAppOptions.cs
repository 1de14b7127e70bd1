using Ecommerce.LocalRun;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>What an end-to-end run changes in the app host's resources, through their configuration only.</summary>
/// <param name="ReservationTimeout">Ordering:ReservationTimeout: how long an order waits for Inventory.</param>
/// <param name="DeliveryCopies">
/// LOCALSIDECAR_DELIVERY_COPIES of every local sidecar: each message is delivered this many times in a row, each copy
/// with its own outcome, as a broker redelivering after a lost offset commit would.
/// </param>
public sealed record EcommerceAppOptions(TimeSpan ReservationTimeout, int DeliveryCopies)
{
    public const string DeliveryCopiesVariable = "LOCALSIDECAR_DELIVERY_COPIES";

    /// <summary>Replicas per app id (<c>--LocalRun:ReplicasOf:ordering=2</c>); the others run one.</summary>
    public IReadOnlyDictionary<string, int> Replicas { get; init; } = new Dictionary<string, int>();

    /// <summary>These options' part of the app host's <c>LocalRun</c> settings.</summary>
    public void ApplyTo(LocalRunSettings settings)
    {
        foreach (var (appId, count) in Replicas)
        {
            settings.ReplicasOf[appId] = count;
        }
    }

    /// <summary>
    /// Every event delivered twice, for every scenario: one app host run is all this machine affords in the time
    /// budget, and each scenario's outcome must hold under redelivery anyway (handlers are idempotent).
    /// </summary>
    public static EcommerceAppOptions Default { get; } = new(TimeSpan.FromSeconds(60), DeliveryCopies: 2);
}
