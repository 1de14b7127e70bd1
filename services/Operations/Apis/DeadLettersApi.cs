using System.Text.Json;
using Dapr;
using Ecommerce.Operations.Data;
using Ecommerce.Operations.Replay;
using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Operations.Apis;

/// <summary>The operator's view of dead letters: list, inspect, replay to the original topic, delete.</summary>
public static class DeadLettersApi
{
    public static IEndpointRouteBuilder MapDeadLettersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/deadletters").WithTags("Dead letters").RequireAuthorization(Policies.Operator);
        group.MapGet("/", ListAsync).WithName("ListDeadLetters").AllowQuery("topic", "page", "pageSize");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetDeadLetter");
        group.MapPost("/{id:guid}/replay", ReplayAsync).WithName("ReplayDeadLetter");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteDeadLetter");
        return endpoints;
    }

    public static async Task<Results<Ok<DeadLetterPage>, ValidationProblem>> ListAsync(
        DeadLetterStore store, string? topic = null, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(page, pageSize, errors);

        if (topic is not null && (topic.Length > 200 || !CleanText.IsClean(topic)))
        {
            errors["topic"] = ["topic is a topic name: at most 200 characters, without control characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (rows, total) = await store.ListAsync(string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), page, pageSize, cancellationToken);
        return TypedResults.Ok(new DeadLetterPage([.. rows.Select(DeadLetterSummary.From)], page, pageSize, total));
    }

    public static async Task<Results<Ok<DeadLetterDetails>, ProblemHttpResult>> GetAsync(
        Guid id, DeadLetterStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } row
            ? TypedResults.Ok(DeadLetterDetails.From(row))
            : NotFound(id);

    public static async Task<Results<Ok<DeadLetterDetails>, ProblemHttpResult>> ReplayAsync(
        Guid id, DeadLetterStore store, DeadLetterReplayer replayer, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } row)
        {
            return NotFound(id);
        }

        if (!DeadLetterReplayer.CanReplayTo(row.OriginalTopic))
        {
            return TypedResults.Problem(
                $"The original topic '{row.OriginalTopic}' is not a business topic, so the message is not replayed.",
                statusCode: StatusCodes.Status409Conflict, title: "Cannot replay this dead letter");
        }

        if (JsonSerializer.Deserialize<JsonElement>(row.Payload).ValueKind == JsonValueKind.Null)
        {
            return TypedResults.Problem("The dead letter has no data to publish.",
                statusCode: StatusCodes.Status409Conflict, title: "Cannot replay this dead letter");
        }

        try
        {
            return await replayer.ReplayAsync(row, cancellationToken) is { } replayed
                ? TypedResults.Ok(DeadLetterDetails.From(replayed))
                : NotFound(id);
        }
        catch (DaprException exception)
        {
            return TypedResults.Problem($"Publishing to '{row.OriginalTopic}' failed: {exception.Message} Try again.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The replay was not published");
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, DeadLetterStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"There is no dead letter {id}.", statusCode: StatusCodes.Status404NotFound, title: "Dead letter not found");
}
