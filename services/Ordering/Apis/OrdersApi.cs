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
    private const int MaxListed = 100;

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/orders").WithTags("Orders").RequireAuthorization(Policies.OrderOwner);
        orders.MapPost("/", PlaceOrderAsync).WithName("PlaceOrder").RequireRateLimiting(RateLimits.PlaceOrder)
            .AddEndpointFilter<AdmissionFilter>();
        orders.MapGet("/{orderId:guid}", GetOrderAsync).WithName("GetOrder");
        orders.MapGet("/", ListOrdersAsync).WithName("ListOrders").AllowQuery("customerEmail");
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
        var placement = await orders.PlaceAsync(
            new NewOrder(Guid.CreateVersion7(), email, address, lines, idempotencyKey, fingerprint, time.GetUtcNow()),
            cancellationToken);
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

        var order = await orders.FindAsync(placement.OrderId, cancellationToken);
        return TypedResults.Accepted(LocationOf(placement.OrderId), order);
    }

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

    /// <summary>The caller's own orders, newest first; an operator sees everyone's, or one customer's with customerEmail.</summary>
    public static async Task<Results<Ok<IReadOnlyList<OrderSummary>>, ProblemHttpResult>> ListOrdersAsync(
        string? customerEmail, ClaimsPrincipal user, IAuthorizationService authorization, IOptions<AuthSettings> auth,
        OrderRepository orders, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(customerEmail) ? null : customerEmail.Trim();
        if (wanted is not null && (wanted.Length > 254 || !CleanText.IsClean(wanted)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The query is not valid.",
                detail: "customerEmail is an email address: at most 254 characters, without control characters.",
                extensions: new Dictionary<string, object?> { ["field"] = "customerEmail" });
        }

        if (!(await authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            var own = user.OwnerEmail(auth.Value);
            if (own is null)
            {
                return OrderAccess.NoOwner(auth.Value);
            }

            if (wanted is not null && !string.Equals(wanted, own, StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Not allowed.",
                    detail: "A customer lists only their own orders; leave out customerEmail.",
                    extensions: new Dictionary<string, object?> { ["field"] = "customerEmail" });
            }

            wanted = own;
        }

        return TypedResults.Ok(await orders.ListAsync(wanted, MaxListed, cancellationToken));
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
