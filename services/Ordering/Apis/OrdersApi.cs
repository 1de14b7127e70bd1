using System.ComponentModel;
using System.Security.Claims;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Admission;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Telemetry;
using Ecommerce.Ordering.Workflows;
using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Security;
using Ecommerce.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ecommerce.Ordering.Apis;

/// <summary>
/// /orders: place (idempotent by the optional Idempotency-Key header), read, list, cancel — for the signed-in customer,
/// who owns what they place (the token's email claim) and sees only that; operators see and cancel every order.
/// Placement stores the order (Placed) and starts its lifecycle workflow; every later status change is the workflow's.
/// </summary>
public static partial class OrdersApi
{
    private const string ListOrdersDescription =
        "Orders newest first (by placedAt, then id), filtered by status and customer, paged by page and pageSize. "
        + "The answer is { items, page, pageSize, total }: total counts every matching order, so the last page is "
        + "ceil(total / pageSize). Pages are offsets, counted afresh on each request: an order placed meanwhile moves "
        + "the older ones one place on (the next page repeats one), and one that leaves the status filtered on moves "
        + "them back (the next page skips one). "
        + "A customer sees only their own orders; an operator sees everyone's. An unknown status, a page below 1 or "
        + "a pageSize outside 1-200 is refused with 400 naming the parameter, as is any other query parameter.";

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/orders").WithTags("Orders").RequireAuthorization(Policies.OrderOwner);
        orders.MapPost("/", PlaceOrderAsync).WithName("PlaceOrder").RequirePlaceOrderLimit()
            .AddEndpointFilter<AdmissionFilter>();
        orders.MapGet("/{orderId:guid}", GetOrderAsync).WithName("GetOrder");
        orders.MapGet("/", ListOrdersAsync).WithName("ListOrders").AllowQuery("status", "customerEmail", "page", "pageSize")
            .WithSummary("List orders, newest first, a page at a time")
            .WithDescription(ListOrdersDescription);
        orders.MapPost("/{orderId:guid}/cancel", CancelOrderAsync).WithName("CancelOrder");
        return app;
    }

    public static async Task<Results<Accepted<OrderDetails>, ValidationProblem, ProblemHttpResult>> PlaceOrderAsync(
        [FromBody] PlaceOrderRequest? request,
        [FromHeader(Name = PlaceOrderValidator.IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        IOptions<AuthSettings> auth,
        OrderRepository orders,
        OrderWorkflows workflows,
        OrderingMetrics metrics,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var errors = PlaceOrderValidator.Validate(request, idempotencyKey);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The order is not valid.");
        }

        if (user.OwnerEmail(auth.Value) is not { } email)
        {
            return OrderAccess.NoOwner(auth.Value);
        }

        var address = request!.ShippingAddress!.Trim();
        List<OrderLine> lines = [.. request.Lines!.Select(line => new OrderLine(line!.ProductId!.Trim(), line.Quantity!.Value))];
        var fingerprint = RequestFingerprint.Of(email, address, lines);
        var newOrder = new NewOrder(Guid.CreateVersion7(), email, address, lines, idempotencyKey, fingerprint, ToMicroseconds(time.GetUtcNow()));
        var placement = await orders.PlaceAsync(newOrder, cancellationToken);
        OrderSpans.TagOrder(placement.OrderId);

        if (!placement.Created && placement.RequestHash != fingerprint)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The Idempotency-Key was already used for another order.",
                detail: $"Order {placement.OrderId} was placed with this Idempotency-Key and a different body; use a new key for a new order.",
                extensions: new Dictionary<string, object?> { ["field"] = PlaceOrderValidator.IdempotencyKeyHeader, ["orderId"] = placement.OrderId });
        }

        if (placement.Created)
        {
            if (!await TryStartLifecycleAsync(placement.OrderId, orders, workflows, loggers.CreateLogger(typeof(OrdersApi))))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The order could not be started; nothing was kept.",
                    detail: "The workflow runtime did not answer. Retry the same request (with the same Idempotency-Key).");
            }

            metrics.Placed();
        }

        // A new order is what was just stored; a replayed request shows the order as it stands now.
        var order = placement.Created ? newOrder.AsPlaced() : await orders.FindAsync(placement.OrderId, cancellationToken);
        return TypedResults.Accepted(LocationOf(placement.OrderId), order);
    }

    // PostgreSQL keeps microseconds: the placement's answer shows the time a later GET shows.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMicrosecond));

    public static async Task<Results<Ok<OrderDetails>, ProblemHttpResult>> GetOrderAsync(
        Guid orderId, ClaimsPrincipal user, IAuthorizationService authorization, OrderRepository orders, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null)
        {
            return OrderNotFound(orderId);
        }

        return await OrderAccess.OwnsAsync(authorization, user, order) ? TypedResults.Ok(order) : OrderAccess.NotYours(orderId);
    }

    /// <summary>The caller's own orders, a page at a time; an operator sees everyone's, or one customer's with customerEmail.</summary>
    public static async Task<Results<Ok<OrderPage>, ValidationProblem, ProblemHttpResult>> ListOrdersAsync(
        ClaimsPrincipal user, IAuthorizationService authorization, IOptions<AuthSettings> auth, OrderRepository orders,
        [Description("Only orders of this status: Placed, Confirmed, Shipped or Cancelled (any case). Left out: every status.")] string? status = null,
        [Description("Only this customer's orders (case-insensitive). Operators only; a customer always gets their own and may leave it out.")] string? customerEmail = null,
        [Description("The page, from 1. A page past the last one is empty; total still counts every match.")] int page = 1,
        [Description("Orders per page, 1 to 200.")] int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var (filter, errors) = ListOrdersValidator.Validate(status, customerEmail, page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }

        if (!(await authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            var own = user.OwnerEmail(auth.Value);
            if (own is null)
            {
                return OrderAccess.NoOwner(auth.Value);
            }

            if (filter.CustomerEmail is not null && !string.Equals(filter.CustomerEmail, own, StringComparison.OrdinalIgnoreCase))
            {
                return OrderAccess.OnlyTheirOwn();
            }

            filter = filter with { CustomerEmail = own };
        }

        var (items, total) = await orders.ListAsync(filter, page, pageSize, cancellationToken);
        return TypedResults.Ok(new OrderPage(items, page, pageSize, total));
    }

    public static async Task<Results<Accepted<OrderDetails>, ProblemHttpResult>> CancelOrderAsync(
        Guid orderId, ClaimsPrincipal user, IAuthorizationService authorization, OrderRepository orders, OrderWorkflows workflows,
        TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null)
        {
            return OrderNotFound(orderId);
        }

        if (!await OrderAccess.OwnsAsync(authorization, user, order))
        {
            return OrderAccess.NotYours(orderId);
        }

        if (OrderStatus.IsFinal(order.Status))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The order can no longer be cancelled.",
                detail: $"Order {orderId} is {order.Status}; an order can be cancelled until it ships.",
                extensions: new Dictionary<string, object?> { ["orderStatus"] = order.Status });
        }

        // The workflow decides: a cancel that reaches it after the shipment is ignored, and GET shows the outcome.
        try
        {
            await workflows.RaiseAsync(orderId, OrderWorkflowEvents.CancelRequested, new CancelRequested(orderId, time.GetUtcNow()), cancellationToken);
        }
        catch (WorkflowRuntimeUnavailableException exception)
        {
            LogCancelFailed(loggers.CreateLogger(typeof(OrdersApi)), orderId, exception);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The cancellation could not be passed on.",
                detail: "The workflow runtime did not answer. Retry the request.");
        }

        return TypedResults.Accepted(LocationOf(orderId), order);
    }

    private static async Task<bool> TryStartLifecycleAsync(Guid orderId, OrderRepository orders, OrderWorkflows workflows, ILogger logger)
    {
        try
        {
            // Not the request's token: once the order is stored, starting it must not stop half way.
            await workflows.StartAsync(orderId, CancellationToken.None);
            return true;
        }
        catch (Exception exception)
        {
            // Nothing is kept, so a retry (with or without an Idempotency-Key) places the order afresh. Should the
            // start have gone through after all, its first activity finds no order and the workflow ends at once.
            await orders.DeleteUnstartedAsync(orderId, CancellationToken.None);
            if (exception is not WorkflowRuntimeUnavailableException)
            {
                throw;
            }

            LogStartFailed(logger, orderId, exception);
            return false;
        }
    }

    private static string LocationOf(Guid orderId) => $"/orders/{orderId}";

    private static ProblemHttpResult OrderNotFound(Guid orderId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.", detail: $"There is no order {orderId}.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start the lifecycle of order {OrderId}; the order was removed")]
    private static partial void LogStartFailed(ILogger logger, Guid orderId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not pass the cancellation of order {OrderId} to its workflow")]
    private static partial void LogCancelFailed(ILogger logger, Guid orderId, Exception exception);
}
