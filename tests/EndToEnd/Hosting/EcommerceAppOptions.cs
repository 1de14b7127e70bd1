namespace Ecommerce.EndToEnd.Hosting;

/// <summary>What an end-to-end run changes in the app host's resources, through configuration only.</summary>
/// <param name="ReservationTimeout">Ordering:ReservationTimeout: how long an order waits for Inventory.</param>
/// <param name="SidecarEnvironment">Extra environment for every local sidecar (e.g. a fault-injection switch).</param>
public sealed record EcommerceAppOptions(TimeSpan ReservationTimeout, IReadOnlyDictionary<string, string> SidecarEnvironment)
{
    public static EcommerceAppOptions Default { get; } = new(TimeSpan.FromSeconds(20), new Dictionary<string, string>());
}
