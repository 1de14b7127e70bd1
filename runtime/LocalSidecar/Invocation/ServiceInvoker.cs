using System.Net.Http.Headers;
using Ecommerce.LocalSidecar.Hosting;

namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>
/// daprd's service invocation, the HTTP way: a call for this app goes to the app (with APP_API_TOKEN), a call for
/// another app goes to that app's sidecar (<see cref="NameResolution"/>), which hands it to its app. The answer comes
/// back as the app gave it: status, headers, body.
/// </summary>
public sealed class ServiceInvoker(HttpClient http, SidecarOptions options)
{
    // Hop-by-hop and framing headers are the transport's own and are not forwarded.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Connection", "Content-Length",
    };

    public async Task<HttpResponseMessage> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var target = Target(request.AppId, request.Method, request.Query);
        using var message = new HttpRequestMessage(request.Verb, target) { Content = new ByteArrayContent(request.Body) };
        foreach (var (name, values) in request.Headers.Where(h => !NotForwarded.Contains(h.Key)))
        {
            if (!message.Headers.TryAddWithoutValidation(name, values))
            {
                message.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        if (request.ContentType is { Length: > 0 } contentType)
        {
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (request.AppId == options.AppId && !string.IsNullOrEmpty(options.AppApiToken))
        {
            message.Headers.Remove("dapr-api-token");
            message.Headers.TryAddWithoutValidation("dapr-api-token", options.AppApiToken);
        }

        return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    private Uri Target(string appId, string method, string query)
    {
        var path = "/" + method.TrimStart('/');
        if (appId == options.AppId)
        {
            return options.AppPort is { } port
                ? new Uri($"http://{options.AppChannelAddress}:{port}{path}{query}")
                : throw new InvocationException($"app channel is not initialized");
        }

        return options.NameResolution.TryGetValue(appId, out var sidecar)
            ? new Uri(sidecar, $"/v1.0/invoke/{Uri.EscapeDataString(appId)}/method{path}{query}")
            : throw new InvocationException($"couldn't find service: {appId} (not in {NameResolution.Variable})");
    }
}
