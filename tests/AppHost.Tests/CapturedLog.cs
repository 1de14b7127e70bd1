namespace Ecommerce.AppHost.Tests;

/// <summary>A log message the app host wrote, as its console shows it (without the category line).</summary>
public sealed record CapturedLog(string Category, int EventId, string Message);
