using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ecommerce.LoadBench;

/// <summary>
/// Open-loop placement: order i is sent at start + i/rate whether or not earlier ones were answered, so a slow
/// system sees the offered rate, not a rate it sets itself (a closed loop would hide the knee).
/// </summary>
public sealed class OrderPlacer(BenchOptions options, IReadOnlyList<string> customerTokens) : IDisposable
{
    private int _next;

    private readonly Uri[] _entrances = [.. options.OrderEntrances.Select(url => new Uri(new Uri(url), "/orders"))];

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<IReadOnlyList<Placement>> PlaceAsync(double rate, TimeSpan duration, string batch, CancellationToken ct)
    {
        var count = (int)Math.Round(rate * duration.TotalSeconds);
        var sends = new List<Task<Placement>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, ct);
            }

            sends.Add(SendAsync($"{batch}-{i}", clock.Elapsed, ct));
        }

        return await Task.WhenAll(sends);
    }

    private async Task<Placement> SendAsync(string key, TimeSpan sentAt, CancellationToken ct)
    {
        var turn = (uint)Interlocked.Increment(ref _next);
        using var request = new HttpRequestMessage(HttpMethod.Post, _entrances[turn % (uint)_entrances.Length])
        {
            Content = JsonContent.Create(new
            {
                shippingAddress = "1 Benchmark Way, Testville",
                lines = new[] { new { productId = options.Product, quantity = 1 } },
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        // The customer is whoever the token names; turn by turn, so no customer passes the per-caller rate limit.
        var token = customerTokens[(int)(turn % (uint)customerTokens.Count)];
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, ct);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var id = response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } location
                ? Guid.Parse(location.OriginalString.TrimEnd('/').Split('/')[^1])
                : (Guid?)null;
            return new Placement(id, (int)response.StatusCode, elapsed, sentAt);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new Placement(null, 0, Stopwatch.GetElapsedTime(started), sentAt);
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>One POST /orders: the order id when accepted (202), the status code (0: no answer), how long it took, and
/// when it was sent (from the start of its <see cref="OrderPlacer.PlaceAsync"/>).</summary>
public sealed record Placement(Guid? OrderId, int StatusCode, TimeSpan Latency, TimeSpan SentAt)
{
    public bool Accepted => OrderId is not null;

    public bool Refused => StatusCode is 429 or 503;
}
