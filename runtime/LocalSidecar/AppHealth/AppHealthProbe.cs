using Ecommerce.LocalSidecar.Hosting;

namespace Ecommerce.LocalSidecar.AppHealth;

/// <summary>One health probe as daprd's HTTP channel makes it: GET the path, any 2xx is healthy, anything else
/// (another status, a network error, the timeout) is a failure.</summary>
public sealed class AppHealthProbe(HttpClient http, SidecarOptions options)
{
    /// <summary>Null when healthy, else why not.</summary>
    public async Task<string?> ProbeAsync(AppHealthOptions health, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(health.ProbeTimeout);
        try
        {
            using var response = await http.GetAsync($"http://{options.AppChannelAddress}:{options.AppPort}/{health.Path.TrimStart('/')}", attempt.Token);
            return response.IsSuccessStatusCode ? null : $"status code {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"timeout after {health.ProbeTimeout}";
        }
        catch (HttpRequestException e)
        {
            return $"network error: {e.Message}";
        }
    }
}
