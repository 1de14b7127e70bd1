using Confluent.Kafka;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.EmbeddedKafka.ControlApi;

public static class TopicsApi
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/topics", ListTopics);
        app.MapPost("/topics", CreateTopic);
        return app;
    }

    // The mock cluster does not serve the Admin API's CreateTopics (clients report "Topic Admin API not supported"),
    // so topics are created here, or by a client's first use (Metadata with auto-creation, 4 partitions).
    private static Results<Created<TopicInfo>, ProblemHttpResult> CreateTopic(CreateTopicRequest request, KafkaMockCluster cluster)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Partitions is < 0)
        {
            return TypedResults.Problem("name is required and partitions must be 1 or more (0 or absent: the default)", statusCode: StatusCodes.Status400BadRequest, title: "Invalid topic");
        }

        try
        {
            var partitions = request.Partitions is > 0 ? request.Partitions.Value : cluster.DefaultPartitions;
            cluster.CreateTopic(request.Name, partitions);
            return TypedResults.Created($"/topics/{Uri.EscapeDataString(request.Name)}", new TopicInfo(request.Name, partitions));
        }
        catch (KafkaException e) when (e.Error.Code == ErrorCode.TopicAlreadyExists)
        {
            return TypedResults.Problem($"topic '{request.Name}' already exists", statusCode: StatusCodes.Status409Conflict, title: "Topic exists");
        }
        catch (KafkaException e)
        {
            return TypedResults.Problem(e.Error.Reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid topic");
        }
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
