using System.Security.Cryptography;

namespace Ecommerce.AppHost;

/// <summary>
/// Dapr's two tokens for this run, new random values each time the app host starts: DAPR_API_TOKEN (app → sidecar,
/// the sidecar refuses API calls without it) and APP_API_TOKEN (sidecar → app, the app refuses subscription calls
/// without it). Every service and its sidecar get both, as daprd and its app would from one Kubernetes secret.
/// </summary>
public static class LocalSecrets
{
    public static string DaprApiToken { get; } = NewToken();

    public static string AppApiToken { get; } = NewToken();

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
