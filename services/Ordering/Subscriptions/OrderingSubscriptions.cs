using Dapr;
using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Workflows;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Ecommerce.Ordering.Subscriptions;

/// <summary>
/// Turns other services' events into the lifecycle workflow's external events. Each handler looks at the order
/// first: an unknown or finished order, or a duplicate, is acknowledged (SUCCESS) without touching the workflow;
/// unreadable data is DROPped to the dead-letter topic; a database or workflow-runtime failure asks for a RETRY.
/// </summary>
public static partial class OrderingSubscriptions
{
    public static IEndpointRouteBuilder MapOrderingSubscriptions(this IEndpointRouteBuilder app)
    {
        app.MapTopic(Topics.InventoryStockReserved, OnStockReservedAsync);
        app.MapTopic(Topics.OrdersCancelled, OnOrderCancelledAsync);
        app.MapTopic(Topics.FulfillmentOrderShipped, OnOrderShippedAsync);
        return app;
    }

    public static async Task<Ok<TopicResponse>> OnStockReservedAsync(
        HttpRequest request, OrderRepository orders, OrderWorkflows workflows, DaprClient dapr, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(OrderingSubscriptions));
        var reserved = await request.ReadEventAsync<StockReserved>(cancellationToken);
        if (reserved is null || reserved.OrderId == Guid.Empty || reserved.Lines is null)
        {
            return Poison(logger, Topics.InventoryStockReserved);
        }

        using var scope = logger.BeginOrderScope(reserved.OrderId);
        return await HandleAsync(logger, Topics.InventoryStockReserved, async () =>
        {
            var order = await orders.FindAsync(reserved.OrderId, cancellationToken);
            switch (order?.Status)
            {
                case OrderStatus.Placed:
                    await RaiseAsync(workflows, logger, reserved.OrderId, OrderWorkflowEvents.StockReserved, reserved, cancellationToken);
                    break;
                case OrderStatus.Cancelled:
                    // Reserved after the order ended (timeout or cancel): give the stock back again.
                    var release = new StockReleased(reserved.OrderId, order.CancellationReason ?? CancellationReasons.ReservationTimeout, time.GetUtcNow());
                    await dapr.PublishOrderEventAsync(Topics.InventoryStockReleased, reserved.OrderId, release, cancellationToken);
                    break;
                default:
                    LogIgnored(logger, Topics.InventoryStockReserved, order?.Status ?? "unknown");
                    break;
            }
        });
    }

    public static async Task<Ok<TopicResponse>> OnOrderCancelledAsync(
        HttpRequest request, OrderRepository orders, OrderWorkflows workflows, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(OrderingSubscriptions));
        var cancelled = await request.ReadEventAsync<OrderCancelled>(cancellationToken);
        if (cancelled is null || cancelled.OrderId == Guid.Empty || string.IsNullOrWhiteSpace(cancelled.Reason))
        {
            return Poison(logger, Topics.OrdersCancelled);
        }

        if (cancelled.CustomerEmail is not null)
        {
            // Ordering's own customer-facing event, seen again on the shared topic.
            return TopicResults.Success();
        }

        using var scope = logger.BeginOrderScope(cancelled.OrderId);
        return await HandleAsync(logger, Topics.OrdersCancelled, async () =>
        {
            var status = await orders.FindStatusAsync(cancelled.OrderId, cancellationToken);
            if (status == OrderStatus.Placed)
            {
                await RaiseAsync(workflows, logger, cancelled.OrderId, OrderWorkflowEvents.StockRejected, cancelled, cancellationToken);
            }
            else
            {
                LogIgnored(logger, Topics.OrdersCancelled, status ?? "unknown");
            }
        });
    }

    public static async Task<Ok<TopicResponse>> OnOrderShippedAsync(
        HttpRequest request, OrderRepository orders, OrderWorkflows workflows, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(OrderingSubscriptions));
        var shipped = await request.ReadEventAsync<OrderShipped>(cancellationToken);
        if (shipped is null || shipped.OrderId == Guid.Empty)
        {
            return Poison(logger, Topics.FulfillmentOrderShipped);
        }

        using var scope = logger.BeginOrderScope(shipped.OrderId);
        return await HandleAsync(logger, Topics.FulfillmentOrderShipped, async () =>
        {
            var status = await orders.FindStatusAsync(shipped.OrderId, cancellationToken);
            if (status is OrderStatus.Confirmed or OrderStatus.Placed)
            {
                await RaiseAsync(workflows, logger, shipped.OrderId, OrderWorkflowEvents.OrderShipped, shipped, cancellationToken);
            }
            else
            {
                LogIgnored(logger, Topics.FulfillmentOrderShipped, status ?? "unknown");
            }
        });
    }

    private static async Task<Ok<TopicResponse>> HandleAsync(ILogger logger, string topic, Func<Task> handle)
    {
        try
        {
            await handle();
            return TopicResults.Success();
        }
        catch (Exception exception) when (exception is NpgsqlException or DaprException or WorkflowRuntimeUnavailableException)
        {
            LogRetry(logger, topic, exception);
            return TopicResults.Retry();
        }
    }

    private static async Task RaiseAsync(
        OrderWorkflows workflows, ILogger logger, Guid orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        if (!await workflows.RaiseAsync(orderId, eventName, payload, cancellationToken))
        {
            // No workflow to tell: redelivering would not change that.
            LogNoWorkflow(logger, eventName);
        }
    }

    private static Ok<TopicResponse> Poison(ILogger logger, string topic)
    {
        LogPoison(logger, topic);
        return TopicResults.Drop();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping an unreadable {Topic} event to its dead-letter topic")]
    private static partial void LogPoison(ILogger logger, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignoring {Topic}: the order is {Status}")]
    private static partial void LogIgnored(ILogger logger, string topic, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No workflow instance to raise {EventName} on")]
    private static partial void LogNoWorkflow(ILogger logger, string eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not handle {Topic} now; asking for a retry")]
    private static partial void LogRetry(ILogger logger, string topic, Exception exception);
}
