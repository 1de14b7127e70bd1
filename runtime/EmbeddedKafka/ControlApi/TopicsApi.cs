using Confluent.Kafka;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.EmbeddedKafka.ControlApi;

public static class TopicsApi
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/topics", ListTopics);
        return app;
    }

    // Asks the brokers themselves, so topics that clients auto-created are listed too.
    private static Results<Ok<TopicInfo[]>, ProblemHttpResult> ListTopics(KafkaMockCluster cluster)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        try
        {
            var metadata = admin.GetMetadata(MetadataTimeout);
            return TypedResults.Ok(metadata.Topics
                .Where(t => t.Error.Code == ErrorCode.NoError)
                .Select(t => new TopicInfo(t.Topic, t.Partitions.Count))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .ToArray());
        }
        catch (KafkaException e)
        {
            return TypedResults.Problem(e.Error.Reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Metadata unavailable");
        }
    }
}
