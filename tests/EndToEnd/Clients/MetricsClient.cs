using System.Globalization;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>
/// A service's Prometheus endpoint (/metrics, anonymous): how many deliveries of a topic it has finished handling,
/// from kafka_message_processing_duration's count. A test that proves nothing more happened waits on this count,
/// the signal that every copy of a delivery was handled, instead of on a fixed sleep.
/// </summary>
public sealed class MetricsClient(HttpClient http)
{
    private const string Histogram = "kafka_message_processing_duration";

    public async Task<long> DeliveriesHandledAsync(string topic, CancellationToken ct = default)
    {
        var text = await http.GetStringAsync("/metrics", ct);
        var label = $"topic=\"{topic}\"";
        return text.Split('\n')
            .Where(line => line.StartsWith(Histogram, StringComparison.Ordinal)
                && line.Contains("_count{", StringComparison.Ordinal)
                && line.Contains(label, StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until at least <paramref name="count"/> deliveries of <paramref name="topic"/> were handled.</summary>
    public Task WaitForDeliveriesAsync(string topic, long count, TimeSpan timeout, CancellationToken ct = default) =>
        Eventually.UntilAsync(token => DeliveriesHandledAsync(topic, token), handled => handled >= count, timeout,
            $"{count} handled deliveries of {topic}", ct);
}
