namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>How one sidecar is started; mirrors daprd's flags. Port 0 binds a free port (see <see cref="LocalSidecarHost"/>).</summary>
public sealed record SidecarOptions
{
    public required string AppId { get; init; }

    /// <summary>The app's HTTP port; null when there is no app to deliver to (no subscriptions are read).</summary>
    public int? AppPort { get; init; }

    public string AppChannelAddress { get; init; } = "127.0.0.1";

    /// <summary>app id → that app's sidecar HTTP address, for service invocation (<see cref="Invocation.NameResolution"/>).</summary>
    public IReadOnlyDictionary<string, Uri> NameResolution { get; init; } = new Dictionary<string, Uri>();

    /// <summary>daprd's app health check; null when <c>--enable-app-health-check</c> is not given.</summary>
    public AppHealth.AppHealthOptions? AppHealth { get; init; }

    public int GrpcPort { get; init; } = 50001;

    public int HttpPort { get; init; } = 3500;

    public IReadOnlyList<string> ResourcesPaths { get; init; } = ["components"];

    /// <summary>Required in <c>dapr-api-token</c> on every API call when set (daprd's DAPR_API_TOKEN).</summary>
    public string? ApiToken { get; init; }

    /// <summary>Sent to the app as <c>dapr-api-token</c> when set (daprd's APP_API_TOKEN).</summary>
    public string? AppApiToken { get; init; }

    /// <summary>
    /// Fault injection for tests of idempotency: each message is delivered this many times in a row, each copy to its
    /// own final outcome, as a broker redelivering after a lost commit would (LOCALSIDECAR_DELIVERY_COPIES; default 1).
    /// </summary>
    public int DeliveryCopies { get; init; } = 1;

    /// <summary>
    /// Which replica of the app this sidecar serves (LOCALSIDECAR_REPLICA; default the app id): replicas share the
    /// app id, its consumer group and its workflow store, and the workflow backend holds its leases under this name.
    /// </summary>
    public string? Replica { get; init; }

    /// <summary>How often the app's <c>/dapr/subscribe</c> is asked again until it answers.</summary>
    public TimeSpan SubscribeRetryInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
