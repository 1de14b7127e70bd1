using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.EmbeddedKafka.ControlApi;

/// <summary>Fault injection for tests and demos: broker outages, slow brokers, failing requests.</summary>
public static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var faults = app.MapGroup("/faults");
        faults.MapPost("/brokers/{id:int}/down", SetBrokerDown);
        faults.MapPost("/brokers/{id:int}/up", SetBrokerUp);
        faults.MapPost("/brokers/{id:int}/rtt", SetBrokerRtt);
        faults.MapPost("/request-errors", PushRequestErrors);
        return app;
    }

    private static Results<NoContent, ProblemHttpResult> SetBrokerDown(int id, KafkaMockCluster cluster) =>
        IsKnownBroker(id, cluster, out var problem) ? Done(() => cluster.SetBrokerDown(id)) : problem;

    private static Results<NoContent, ProblemHttpResult> SetBrokerUp(int id, KafkaMockCluster cluster) =>
        IsKnownBroker(id, cluster, out var problem) ? Done(() => cluster.SetBrokerUp(id)) : problem;

    private static Results<NoContent, ProblemHttpResult, ValidationProblem> SetBrokerRtt(
        int id, BrokerRttRequest request, KafkaMockCluster cluster)
    {
        if (!IsKnownBroker(id, cluster, out var problem))
        {
            return problem;
        }

        if (request.Milliseconds < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["milliseconds"] = ["Must be zero or more."],
            });
        }

        cluster.SetBrokerRtt(id, request.Milliseconds);
        return TypedResults.NoContent();
    }

    private static Results<NoContent, ValidationProblem> PushRequestErrors(RequestErrorsRequest request, KafkaMockCluster cluster)
    {
        if (request.ApiKey < 0 || request.Errors is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["apiKey"] = ["Must be a Kafka API key (0 = Produce, 1 = Fetch, ...)."],
                ["errors"] = ["Must list at least one error code."],
            });
        }

        cluster.PushRequestErrors(request.ApiKey, [.. request.Errors]);
        return TypedResults.NoContent();
    }

    private static bool IsKnownBroker(int id, KafkaMockCluster cluster, out ProblemHttpResult problem)
    {
        problem = TypedResults.Problem(
            $"Broker ids are 1 to {cluster.BrokerCount}, not {id}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown broker");
        return id >= 1 && id <= cluster.BrokerCount;
    }

    private static NoContent Done(Action change)
    {
        change();
        return TypedResults.NoContent();
    }
}
