namespace Ecommerce.ServiceDefaults.Http;

/// <summary>Section <c>RateLimits:PlaceOrder</c>: how many orders one caller may place per window.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits:PlaceOrder";

    public int PermitLimit { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
