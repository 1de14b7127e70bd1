using System.Globalization;

namespace Ecommerce.TestSupport.Http;

/// <summary>
/// Reads a service's /metrics (Prometheus text format) the way a scraper does: the value of a series is the sum of
/// its lines that carry every given label (e.g. <c>status="Confirmed"</c>). Meters are process-wide, so a test
/// expects a value to reach at least what its own action adds, never an exact total.
/// </summary>
public static class PrometheusScrape
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static async Task<double> ValueAsync(HttpClient client, string series, params string[] labels)
    {
        var text = await client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => (line.StartsWith(series + "{", StringComparison.Ordinal) || line.StartsWith(series + " ", StringComparison.Ordinal))
                           && labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(ValueOf);
    }

    // "name{labels} value [timestamp]": the first field after the labels (label values may hold spaces).
    private static double ValueOf(string line)
    {
        var afterLabels = line.LastIndexOf('}') is var close and >= 0 ? line[(close + 1)..] : line[line.IndexOf(' ')..];
        return double.Parse(afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Polls /metrics until the series reaches <paramref name="atLeast"/> (the exporter caches a scrape for a moment,
    /// and a histogram sees its value when the request that recorded it has ended); fails with the last value seen.
    /// </summary>
    public static async Task<double> WaitForAsync(HttpClient client, string series, double atLeast, params string[] labels)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        double value;
        while ((value = await ValueAsync(client, series, labels)) < atLeast && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Interval);
        }

        Xunit.Assert.True(value >= atLeast,
            $"{series}{{{string.Join(",", labels)}}} is {value} on /metrics, expected at least {atLeast}.");
        return value;
    }
}
