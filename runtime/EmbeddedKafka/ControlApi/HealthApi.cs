using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.EmbeddedKafka.ControlApi;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    private static Ok<HealthReport> GetHealth(KafkaMockCluster cluster) =>
        TypedResults.Ok(new HealthReport(
            "Healthy",
            cluster.BootstrapServers,
            [.. Enumerable.Range(1, cluster.BrokerCount).Select(id => new BrokerStatus(id, cluster.Ports[id - 1], cluster.IsBrokerUp(id)))]));
}
