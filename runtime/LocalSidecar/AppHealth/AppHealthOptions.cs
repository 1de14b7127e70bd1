namespace Ecommerce.LocalSidecar.AppHealth;

/// <summary>daprd's app health check (<c>--enable-app-health-check</c> and the <c>--app-health-*</c> flags), with
/// daprd's defaults: GET /healthz every 5 s, 500 ms timeout, unhealthy after 3 failures in a row.</summary>
public sealed record AppHealthOptions
{
    public string Path { get; init; } = "/healthz";

    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    public int Threshold { get; init; } = 3;
}
