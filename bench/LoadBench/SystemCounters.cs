using System.Globalization;
using Confluent.Kafka;
using Npgsql;

namespace Ecommerce.LoadBench;

/// <summary>
/// Counters read before and after a step, to say what one order costs: PostgreSQL commits (pg_stat_database, all
/// databases), Kafka messages (high watermarks of every topic), calls from the services to their sidecars
/// (System.Net.Http's request count: every DaprClient call is one) and deliveries from the sidecars to the services.
/// </summary>
public sealed class SystemCounters(BenchOptions options)
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<CounterSnapshot> ReadAsync(CancellationToken ct)
    {
        var metrics = await Task.WhenAll(options.ServiceUrls.Select(url => ScrapeAsync(url, ct)));
        return new CounterSnapshot(
            await CommitsAsync(ct),
            KafkaMessages(),
            metrics.Sum(m => m.SidecarCalls),
            metrics.Sum(m => m.Deliveries));
    }

    private async Task<long> CommitsAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT sum(xact_commit)::bigint FROM pg_stat_database", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private long KafkaMessages()
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = options.KafkaBrokers }).Build();
        using var consumer = new ConsumerBuilder<Ignore, Ignore>(new ConsumerConfig
        {
            BootstrapServers = options.KafkaBrokers, GroupId = "loadbench-watermarks",
        }).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        return metadata.Topics
            .Where(topic => !topic.Topic.StartsWith("loadbench.", StringComparison.Ordinal) && !topic.Topic.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(topic => topic.Partitions.Select(p => new TopicPartition(topic.Topic, p.PartitionId)))
            .Sum(partition => consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10)).High.Value);
    }

    private async Task<(long SidecarCalls, long Deliveries)> ScrapeAsync(string serviceUrl, CancellationToken ct)
    {
        var text = await _http.GetStringAsync(serviceUrl.TrimEnd('/') + "/metrics", ct);
        long calls = 0, deliveries = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("http_client_request_duration_seconds_count", StringComparison.Ordinal))
            {
                calls += ValueOf(line);
            }
            else if (line.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal)
                     && line.Contains("http_route=\"/events/", StringComparison.Ordinal))
            {
                deliveries += ValueOf(line);
            }
        }

        return (calls, deliveries);
    }

    private static long ValueOf(string line) => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
}

public sealed record CounterSnapshot(long Commits, long KafkaMessages, long SidecarCalls, long Deliveries)
{
    public static CounterSnapshot operator -(CounterSnapshot after, CounterSnapshot before) => new(
        after.Commits - before.Commits, after.KafkaMessages - before.KafkaMessages,
        after.SidecarCalls - before.SidecarCalls, after.Deliveries - before.Deliveries);
}
