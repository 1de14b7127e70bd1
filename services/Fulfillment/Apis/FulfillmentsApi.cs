using Dapr;
using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Fulfillment.Apis;

/// <summary>The warehouse operator's view: what is waiting, what left, and shipping.</summary>
public static class FulfillmentsApi
{
    private const int ShipAttempts = 5;

    public static IEndpointRouteBuilder MapFulfillmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var fulfillments = endpoints.MapGroup("/fulfillments").WithTags("Fulfillments");
        fulfillments.MapGet("/", ListFulfillmentsAsync).WithName("ListFulfillments");
        fulfillments.MapGet("/{id:guid}", GetFulfillmentAsync).WithName("GetFulfillment");
        fulfillments.MapPost("/{id:guid}/ship", ShipAsync).WithName("ShipFulfillment");
        return endpoints;
    }

    public static async Task<Results<Ok<IReadOnlyList<OrderFulfillment>>, ValidationProblem>> ListFulfillmentsAsync(
        string? status, Guid? orderId, FulfillmentStore store, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(status) ? null : status.Trim().ToUpperInvariant();
        if (wanted is not null && !FulfillmentStatus.All.Contains(wanted))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"Status must be one of {string.Join(", ", FulfillmentStatus.All)}."],
            });
        }

        IReadOnlyList<string> statuses = wanted is null ? FulfillmentStatus.All : [wanted];
        if (orderId is { } order)
        {
            // The order's fulfilment id is derived from its id: one read, whatever the number of fulfilments.
            var (fulfillment, _) = await store.GetAsync(FulfillmentIds.For(order), cancellationToken);
            return TypedResults.Ok<IReadOnlyList<OrderFulfillment>>(
                fulfillment is not null && statuses.Contains(fulfillment.Status) ? [fulfillment] : []);
        }

        return TypedResults.Ok(await store.ListAsync([.. statuses], cancellationToken));
    }

    public static async Task<Results<Ok<OrderFulfillment>, ProblemHttpResult>> GetFulfillmentAsync(
        Guid id, FulfillmentStore store, CancellationToken cancellationToken) =>
        (await store.GetAsync(id, cancellationToken)).Fulfillment is { } fulfillment
            ? TypedResults.Ok(fulfillment)
            : UnknownFulfillment(id);

    public static async Task<Results<Ok<OrderFulfillment>, ProblemHttpResult>> ShipAsync(
        Guid id, FulfillmentStore store, FulfillmentIndex index, DaprClient dapr, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 0; attempt < ShipAttempts; attempt++)
            {
                var (fulfillment, etag) = await store.GetAsync(id, cancellationToken);
                if (fulfillment is null)
                {
                    return UnknownFulfillment(id);
                }

                if (fulfillment.Status == FulfillmentStatus.Shipped)
                {
                    return AlreadyShipped(fulfillment);
                }

                // Listed under SHIPPED before it ships: the listing checks the stored status, so being early is harmless.
                if (!await index.AddAsync(FulfillmentStatus.Shipped, id, cancellationToken))
                {
                    continue;
                }

                var shippedAt = time.GetUtcNow();
                var shipped = fulfillment with { Status = FulfillmentStatus.Shipped, ShippedAt = shippedAt };

                // The event goes out before the state changes: if the save then fails, the operator's retry publishes
                // again (every consumer is idempotent). Saving first could leave a SHIPPED fulfilment whose event was
                // never sent, and a retry would only answer 409.
                await dapr.PublishOrderEventAsync(Topics.FulfillmentOrderShipped, shipped.OrderId,
                    new OrderShipped(shipped.Id, shipped.OrderId, shippedAt), cancellationToken);
                if (await store.TrySaveAsync(shipped, etag, cancellationToken))
                {
                    // Best effort: a PROCESSING entry left behind is filtered out by the listing.
                    await index.RemoveAsync(FulfillmentStatus.Processing, id, cancellationToken);
                    return TypedResults.Ok(shipped);
                }
            }

            return TypedResults.Problem(
                title: "Fulfilment busy",
                detail: $"Fulfilment {id} kept changing while it was being shipped; try again.",
                statusCode: StatusCodes.Status409Conflict);
        }
        catch (DaprException)
        {
            return TypedResults.Problem(
                title: "Sidecar unavailable",
                detail: $"Fulfilment {id} could not be shipped because the Dapr sidecar did not answer; try again.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static ProblemHttpResult UnknownFulfillment(Guid id) =>
        TypedResults.Problem(
            title: "Unknown fulfilment",
            detail: $"There is no fulfilment {id}.",
            statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult AlreadyShipped(OrderFulfillment fulfillment) =>
        TypedResults.Problem(
            title: "Already shipped",
            detail: $"Fulfilment {fulfillment.Id} of order {fulfillment.OrderId} shipped at {fulfillment.ShippedAt:O}.",
            statusCode: StatusCodes.Status409Conflict);
}
