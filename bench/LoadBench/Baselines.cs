using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Confluent.Kafka;

namespace Ecommerce.LoadBench;

/// <summary>
/// What this machine's servers do on their own, measured in the same run as the system: PostgreSQL's commits/s
/// (pgbench, simple updates, against the system's own server) and the broker's produce and consume rates (acks=all,
/// messages of an order event's size, to a topic nobody subscribes to).
/// </summary>
public static partial class Baselines
{
    public static async Task<double> PgbenchCommitsPerSecondAsync(BenchOptions options, CancellationToken ct)
    {
        var connection = $"-h 127.0.0.1 -p {options.PostgresPort} -U postgres";
        await RunAsync("psql", $"{connection} -d postgres -q -c \"DROP DATABASE IF EXISTS loadbench_pgbench\" -c \"CREATE DATABASE loadbench_pgbench\"", ct);
        await RunAsync("pgbench", $"{connection} -i -q -s 2 loadbench_pgbench", ct);
        var output = await RunAsync("pgbench", $"{connection} -c 8 -j 2 -T 10 -N loadbench_pgbench", ct);
        await RunAsync("psql", $"{connection} -d postgres -q -c \"DROP DATABASE IF EXISTS loadbench_pgbench\"", ct);
        return double.Parse(TpsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static async Task<(double ProducePerSecond, double ConsumePerSecond)> BrokerMessagesPerSecondAsync(
        BenchOptions options, CancellationToken ct)
    {
        const int count = 20_000;
        var topic = $"loadbench.baseline.{Guid.NewGuid():N}";
        var payload = new byte[600];
        Random.Shared.NextBytes(payload);

        var producing = Stopwatch.StartNew();
        using (var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig
               {
                   BootstrapServers = options.KafkaBrokers, Acks = Acks.All, LingerMs = 5, EnableIdempotence = false,
               }).Build())
        {
            for (var i = 0; i < count; i++)
            {
                producer.Produce(topic, new Message<string, byte[]> { Key = (i % 64).ToString(CultureInfo.InvariantCulture), Value = payload });
                if (i % 1000 == 0)
                {
                    producer.Poll(TimeSpan.Zero);
                }
            }

            producer.Flush(ct);
        }

        var produceRate = count / producing.Elapsed.TotalSeconds;

        var consuming = Stopwatch.StartNew();
        using var consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig
        {
            BootstrapServers = options.KafkaBrokers,
            GroupId = topic,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = true,
        }).Build();
        consumer.Subscribe(topic);
        var received = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (received < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(500)) is not null)
            {
                received++;
            }
        }

        consumer.Close();
        return (produceRate, received / consuming.Elapsed.TotalSeconds);
    }

    private static async Task<string> RunAsync(string file, string arguments, CancellationToken ct)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited {process.ExitCode}: {await error}");
        }

        return await output + await error;
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();
}
