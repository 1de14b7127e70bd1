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
        var (commits, walSyncs) = await CommitsAsync(ct);
        return new CounterSnapshot(
            commits.Values.Sum(),
            commits,
            walSyncs,
            KafkaMessages(),
            metrics.Sum(m => m.SidecarCalls),
            metrics.Sum(m => m.Deliveries));
    }

    // Every statement outside a transaction block is a transaction of its own: reads count here as well as writes.
    private async Task<(IReadOnlyDictionary<string, long> Commits, long WalSyncs)> CommitsAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT datname, xact_commit FROM pg_stat_database WHERE datname IS NOT NULL AND datname NOT LIKE 'loadbench%'", connection);
        var commits = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            commits[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.CloseAsync();
        // WAL flushes are what durability costs: a read-only transaction commits without one, a write waits for one.
        await using var wal = new NpgsqlCommand("SELECT wal_sync FROM pg_stat_wal", connection);
        return (commits, (long)(await wal.ExecuteScalarAsync(ct))!);
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

public sealed record CounterSnapshot(
    long Commits, IReadOnlyDictionary<string, long> CommitsByDatabase, long WalSyncs, long KafkaMessages, long SidecarCalls, long Deliveries)
{
    public static CounterSnapshot operator -(CounterSnapshot after, CounterSnapshot before) => new(
        after.Commits - before.Commits,
        after.CommitsByDatabase.ToDictionary(d => d.Key, d => d.Value - before.CommitsByDatabase.GetValueOrDefault(d.Key)),
        after.WalSyncs - before.WalSyncs,
        after.KafkaMessages - before.KafkaMessages,
        after.SidecarCalls - before.SidecarCalls, after.Deliveries - before.Deliveries);

    /// <summary>This difference as a rate, to subtract an idle system's background over another span.</summary>
    public CounterSnapshot PerSecond(TimeSpan span) => Scale(1 / span.TotalSeconds);

    /// <summary>This difference less <paramref name="background"/> (per second) over <paramref name="span"/>.</summary>
    public CounterSnapshot Minus(CounterSnapshot background, TimeSpan span) => this - background.Scale(span.TotalSeconds);

    private CounterSnapshot Scale(double factor) => new(
        (long)(Commits * factor),
        CommitsByDatabase.ToDictionary(d => d.Key, d => (long)(d.Value * factor)),
        (long)(WalSyncs * factor),
        (long)(KafkaMessages * factor),
        (long)(SidecarCalls * factor),
        (long)(Deliveries * factor));
}
