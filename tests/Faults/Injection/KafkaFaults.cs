using System.Net.Http.Json;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.Faults.Injection;

/// <summary>The embedded broker's fault API (runtime/EmbeddedKafka, ControlApi/FaultsApi.cs) on the app host's control port.</summary>
public sealed class KafkaFaults(EcommerceApp app) : IDisposable
{
    public const short Produce = 0;
    public const short Fetch = 1;

    /// <summary>NOT_LEADER_OR_FOLLOWER: retriable, makes the client refresh its metadata and try again.</summary>
    public const int NotLeader = 6;

    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{app.Settings.KafkaControlPort}") };

    public static IReadOnlyList<int> Brokers => [1, 2, 3];

    public Task BrokerDownAsync(int broker, CancellationToken ct) => PostAsync($"/faults/brokers/{broker}/down", null, ct);

    public Task BrokerUpAsync(int broker, CancellationToken ct) => PostAsync($"/faults/brokers/{broker}/up", null, ct);

    public Task RoundTripAsync(int broker, int milliseconds, CancellationToken ct) =>
        PostAsync($"/faults/brokers/{broker}/rtt", new { milliseconds }, ct);

    /// <summary>The next <paramref name="count"/> requests of one API fail with <paramref name="error"/>.</summary>
    public Task RequestErrorsAsync(short apiKey, int error, int count, CancellationToken ct) =>
        PostAsync("/faults/request-errors", new { apiKey, errors = Enumerable.Repeat(error, count).ToArray() }, ct);

    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string path, object? body, CancellationToken ct)
    {
        using var response = await _http.PostAsync(path, body is null ? null : JsonContent.Create(body), ct);
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
