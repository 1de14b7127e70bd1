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
    /// <summary>LocalRun:ComponentsPath, the components folder every sidecar reads; null keeps the repository's.</summary>
    public string? ComponentsPath { get; init; }

    /// <summary>Where the services export their traces (OTLP/HTTP protobuf); the app host's own setting when null.</summary>
    public Uri? OtlpEndpoint { get; init; }

    public const string DeliveryCopiesVariable = "LOCALSIDECAR_DELIVERY_COPIES";

    /// <summary>Notifications' Smtp:RetryWithin when set (null: the service's own 10 s).</summary>
    public TimeSpan? SmtpRetryWithin { get; init; }

    /// <summary>Replicas per app id (<c>--LocalRun:ReplicasOf:ordering=2</c>); the others run one.</summary>
    public IReadOnlyDictionary<string, int> Replicas { get; init; } = new Dictionary<string, int>();

    /// <summary>These options' part of the app host's <c>LocalRun</c> settings.</summary>
    public void ApplyTo(LocalRunSettings settings)
    {
        settings.ComponentsPath = ComponentsPath ?? settings.ComponentsPath;
        foreach (var (appId, count) in Replicas)
        {
            settings.ReplicasOf[appId] = count;
        }
    }

    /// <summary>
    /// Every event delivered twice, for every scenario: one app host run is all this machine affords in the time
    /// budget, and each scenario's outcome must hold under redelivery anyway (handlers are idempotent).
    /// Mail refusals are answered RETRY at once (Smtp:RetryWithin 0): the dead-letter scenario then waits for daprd's
    /// retries only (about a minute), not 13 of Notifications' own 10-second tries as well.
    /// </summary>
    public static EcommerceAppOptions Default { get; } = new(TimeSpan.FromSeconds(60), DeliveryCopies: 2) { SmtpRetryWithin = TimeSpan.Zero };
}
