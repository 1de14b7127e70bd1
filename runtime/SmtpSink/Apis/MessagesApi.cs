using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.SmtpSink.Apis;

public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/messages");
        group.MapGet("/", ListMessages);
        group.MapGet("/{id}", GetMessage);
        group.MapDelete("/", DeleteMessages);
        return app;
    }

    public static Ok<IReadOnlyList<ReceivedMessage>> ListMessages(MailStore store, string? to) => TypedResults.Ok(store.List(to));

    public static Results<Ok<ReceivedMessage>, ProblemHttpResult> GetMessage(MailStore store, string id) =>
        store.Find(id) is { } message
            ? TypedResults.Ok(message)
            : TypedResults.Problem($"No message with id '{id}'.", statusCode: StatusCodes.Status404NotFound);

    public static NoContent DeleteMessages(MailStore store)
    {
        store.Clear();
        return TypedResults.NoContent();
    }
}
