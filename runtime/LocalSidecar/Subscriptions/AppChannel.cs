using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Ecommerce.LocalSidecar.CloudEvents;
using Ecommerce.LocalSidecar.Hosting;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>HTTP calls from the sidecar to its app: subscription discovery and event delivery.</summary>
public sealed class AppChannel(HttpClient http, SidecarOptions options)
{
    /// <summary>The app's subscriptions JSON; null when the app has none (404); throws when the app does not answer.</summary>
    public async Task<string?> GetSubscriptionsAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Uri("/dapr/subscribe"));
        AddToken(request);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>POSTs the CloudEvent to the route and classifies the answer as daprd does.</summary>
    public async Task<DeliveryResult> DeliverAsync(string path, byte[] cloudEvent, IReadOnlyDictionary<string, string> headers, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            attempt.CancelAfter(limit);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Uri(path)) { Content = new ByteArrayContent(cloudEvent) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEventEnvelope.ContentType);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        AddToken(request);
        try
        {
            using var response = await http.SendAsync(request, attempt.Token);
            var body = await response.Content.ReadAsStringAsync(attempt.Token);
            return Classify((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.Retry, $"timeout after {timeout}");
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded)
        {
            return new DeliveryResult(DeliveryOutcome.Unreachable, $"error returned from app channel: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DeliveryResult(DeliveryOutcome.Retry, $"error returned from app channel: {e.Message}");
        }
    }

    private static DeliveryResult Classify(int status, string body)
    {
        if (status is >= 200 and <= 299)
        {
            var answer = ReadStatus(body);
            return answer switch
            {
                null or "" or "SUCCESS" => DeliveryResult.Success,
                "RETRY" => new DeliveryResult(DeliveryOutcome.Retry, "RETRY status returned from app"),
                "DROP" => new DeliveryResult(DeliveryOutcome.Drop, "DROP status returned from app"),
                _ => new DeliveryResult(DeliveryOutcome.Retry, $"unknown status returned from app: {answer}"),
            };
        }

        return status == (int)HttpStatusCode.NotFound
            ? new DeliveryResult(DeliveryOutcome.Drop, $"status code 404 returned from app: {body}")
            : new DeliveryResult(DeliveryOutcome.Retry, $"status code {status} returned from app: {body}");
    }

    // An empty or unparseable body counts as success, as in daprd.
    private static string? ReadStatus(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("status", out var status)
                   && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Completes once the app accepts TCP connections again (daprd waits on the app's port the same way).</summary>
    public async Task WaitReachableAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        for (var wait = TimeSpan.FromMilliseconds(50); ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.TicksPerSecond)))
        {
            using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(options.AppChannelAddress, options.AppPort ?? 0, cancellationToken);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    private Uri Uri(string path) => new($"http://{options.AppChannelAddress}:{options.AppPort}{path}");

    private void AddToken(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(options.AppApiToken))
        {
            request.Headers.TryAddWithoutValidation("dapr-api-token", options.AppApiToken);
        }
    }
}
