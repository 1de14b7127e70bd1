using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Confluent.Kafka;
using Ecommerce.EmbeddedKafka.ControlApi;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class ProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_process_starts_answers_healthz_serves_the_contract_topics_and_stops_on_SIGTERM()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var process = EmbeddedKafkaProcess.Start("--ports", "0,0,0", "--control-port", "0");
        var (controlApi, bootstrapServers) = await process.WaitUntilReadyAsync(timeout.Token);
        using var http = new HttpClient { BaseAddress = controlApi };

        var health = await http.GetFromJsonAsync<HealthReport>("/healthz", timeout.Token);
        var topics = await http.GetFromJsonAsync<TopicInfo[]>("/topics", timeout.Token);
        var openApi = await http.GetAsync("/openapi/v1.json", timeout.Token);

        Assert.Equal(bootstrapServers, health!.BootstrapServers);
        Assert.Equal([1, 2, 3], health.Brokers.Where(b => b.Up).Select(b => b.Id));
        var expected = Contracts.Topics.All.SelectMany(t => new[] { t, Contracts.Topics.DeadLetterOf(t) });
        Assert.All(expected, topic => Assert.Contains(new TopicInfo(topic, 4), topics!));
        Assert.Contains("/faults/request-errors", await openApi.EnsureSuccessStatusCode().Content.ReadAsStringAsync(timeout.Token));

        process.Terminate();
        Assert.Equal(0, await process.WaitForExitAsync(timeout.Token));
    }

    [Fact]
    public async Task The_fault_endpoints_take_a_broker_down_and_up_and_queue_request_errors()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var process = EmbeddedKafkaProcess.Start("--ports", "0,0,0", "--control-port", "0");
        var (controlApi, bootstrapServers) = await process.WaitUntilReadyAsync(timeout.Token);
        using var http = new HttpClient { BaseAddress = controlApi };

        var down = await http.PostAsync("/faults/brokers/2/down", null, timeout.Token);
        var whileDown = await http.GetFromJsonAsync<HealthReport>("/healthz", timeout.Token);
        var up = await http.PostAsync("/faults/brokers/2/up", null, timeout.Token);
        var unknown = await http.PostAsync("/faults/brokers/9/down", null, timeout.Token);
        var errors = await http.PostAsJsonAsync(
            "/faults/request-errors", new { apiKey = 0, errors = new[] { "NotEnoughReplicas" } }, timeout.Token);

        Assert.Equal(HttpStatusCode.NoContent, down.StatusCode);
        Assert.False(whileDown!.Brokers.Single(b => b.Id == 2).Up);
        Assert.Equal(HttpStatusCode.NoContent, up.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, errors.StatusCode);
        var config = new ProducerConfig { BootstrapServers = bootstrapServers, MessageSendMaxRetries = 0 };
        using var producer = new ProducerBuilder<Null, string>(config).Build();
        var rejected = await Assert.ThrowsAsync<ProduceException<Null, string>>(
            () => producer.ProduceAsync(Contracts.Topics.OrdersNew, new Message<Null, string> { Value = "x" }, timeout.Token));
        Assert.Equal(ErrorCode.NotEnoughReplicas, rejected.Error.Code);
    }

    [Fact]
    public async Task A_taken_broker_port_stops_the_process_with_an_error_naming_the_setting()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var taken = ((IPEndPoint)holder.LocalEndPoint!).Port;

        await using var process = EmbeddedKafkaProcess.Start("--ports", $"0,{taken},0", "--control-port", "0");
        var exitCode = await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Broker port {taken} is taken", process.Output);
        Assert.Contains("--ports", process.Output);
    }

    [Fact]
    public async Task A_taken_control_port_stops_the_process_with_an_error_naming_the_setting()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var taken = ((IPEndPoint)holder.LocalEndPoint!).Port;

        await using var process = EmbeddedKafkaProcess.Start("--ports", "0,0,0", "--control-port", taken.ToString());
        var exitCode = await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("--control-port", process.Output);
    }

    [Fact]
    public async Task Invalid_ports_stop_the_process_with_an_error_naming_the_setting()
    {
        using var timeout = new CancellationTokenSource(Timeout);

        await using var process = EmbeddedKafkaProcess.Start("--ports", "9092,nine", "--control-port", "0");
        var exitCode = await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("EmbeddedKafka:Ports (--ports)", process.Output);
    }
}
