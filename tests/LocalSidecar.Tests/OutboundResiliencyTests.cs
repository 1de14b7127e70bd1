using Dapr;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>resiliency.yaml's outbound policies applied to the sidecar's own calls, as daprd applies them: retries and
/// a circuit breaker on a state store whose PostgreSQL is down, a timeout on a publish to a slow broker.</summary>
[Collection(KafkaCollection.Name)]
public sealed class OutboundResiliencyTests(KafkaFixture kafka)
{
    [Fact]
    public async Task StateSave_WhilePostgresIsDown_IsRetriedPerThePolicy_AndSucceedsOnceItIsBack()
    {
        await using var postgres = await PostgresServer.StartAsync();
        using var resources = TempResources.With(
            Yaml.Postgres(await postgres.CreateDatabaseAsync("retried"), "statestore"),
            Outbound("statestore", "retry: stateRetry", "stateRetry:\n        policy: constant\n        duration: 100ms\n        maxRetries: 300"));
        var logs = new LogCapture();
        await using var sidecar = await Sidecars.StartAsync(Sidecars.Options("retry-state", resources.Path), logs);
        using var client = Sidecars.Client(sidecar);

        await postgres.StopAsync();
        var saving = client.SaveStateAsync("statestore", "k", new OrderEvent("while-down", 1));
        await logs.WaitForAsync("Error processing operation on component statestore. Retrying", TimeSpan.FromSeconds(20));
        await postgres.StartAgainAsync();

        await saving.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new OrderEvent("while-down", 1), await client.GetStateAsync<OrderEvent>("statestore", "k"));
    }

    [Fact]
    public async Task CircuitBreaker_OpensAfterTheTripCount_ThenFailsFast_WithoutCallingTheStore()
    {
        await using var postgres = await PostgresServer.StartAsync();
        using var resources = TempResources.With(
            Yaml.Postgres(await postgres.CreateDatabaseAsync("broken"), "statestore"),
            Outbound("statestore", "circuitBreaker: stateBreaker", "{}", "circuitBreakers:\n      stateBreaker:\n        maxRequests: 1\n        timeout: 60s\n        trip: consecutiveFailures >= 2"));
        await using var sidecar = await Sidecars.StartAsync("breaker-state", resources.Path);
        using var client = Sidecars.Client(sidecar);
        await postgres.StopAsync();

        var first = await SaveFailureAsync(client);
        var second = await SaveFailureAsync(client);
        await postgres.StartAgainAsync();
        var third = await SaveFailureAsync(client);

        Assert.DoesNotContain("circuit breaker is open", first);
        Assert.DoesNotContain("circuit breaker is open", second);
        Assert.Contains("circuit breaker is open", third);
    }

    [Fact]
    public async Task Publish_ToASlowBroker_FailsAtThePolicysTimeout()
    {
        using var resources = TempResources.With(
            Yaml.Kafka(kafka.Cluster.BootstrapServers),
            Outbound("pubsub", "timeout: quick", "{}", timeouts: "quick: 300ms"));
        await using var sidecar = await Sidecars.StartAsync("slow-publish", resources.Path);
        using var client = Sidecars.Client(sidecar);
        try
        {
            for (var broker = 1; broker <= 3; broker++)
            {
                kafka.Cluster.SetBrokerRtt(broker, 5000);
            }

            var error = await Assert.ThrowsAsync<DaprException>(() => client.PublishEventAsync("pubsub", $"slow-{Guid.NewGuid():N}", new OrderEvent("slow", 1)));

            var rpc = Assert.IsType<RpcException>(error.InnerException);
            Assert.Equal(StatusCode.Internal, rpc.StatusCode);
            Assert.Contains("timeout after", rpc.Status.Detail);
        }
        finally
        {
            for (var broker = 1; broker <= 3; broker++)
            {
                kafka.Cluster.SetBrokerRtt(broker, 0);
            }
        }
    }

    private static async Task<string> SaveFailureAsync(Dapr.Client.DaprClient client)
    {
        var error = await Assert.ThrowsAsync<DaprException>(() => client.SaveStateAsync("statestore", "k", new OrderEvent("k", 1)));
        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.Internal, rpc.StatusCode);
        return rpc.Status.Detail;
    }

    private static (string, string) Outbound(string component, string target, string retries, string breakers = "", string timeouts = "general: 5s") => ("resiliency.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Resiliency
        metadata:
          name: outbound
        spec:
          policies:
            timeouts:
              {timeouts}
            retries:
              {retries}
            {breakers}
          targets:
            components:
              {component}:
                outbound:
                  {target}
        """);
}
