namespace Ecommerce.AppHost.Tests;

/// <summary>How these tests start the app host: generous time, the machine is small and shared.</summary>
internal static class AppHostStart
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    public static LocalAppHostOptions Options(bool startServices) => new(startServices, StartTimeout);
}
