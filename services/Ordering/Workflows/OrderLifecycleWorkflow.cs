using Dapr.Workflow;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Workflows.Activities;

namespace Ecommerce.Ordering.Workflows;

/// <summary>
/// One order's life (instance id = order id): publish orders.new → wait for the reservation, its rejection, a
/// customer cancel or the timeout → Confirmed and orders.confirmed → wait for shipment or a customer cancel → done.
/// Only this workflow's activities change an order's status after placement.
/// </summary>
/// <remarks>
/// Deterministic: time comes from the context and every effect is an activity. Races are decided by the order in
/// which events reach the workflow's history: whichever of "shipped" and "cancel requested" comes first wins, and
/// the loser (and any duplicate) is left unconsumed in the finished instance.
/// Cancellation mail: Inventory's orders.cancelled (CustomerEmail null) is only a signal to this workflow; every
/// cancellation the customer hears about is the orders.cancelled this workflow publishes WITH CustomerEmail, so
/// Notifications mails only cancellations that carry an email, exactly once per order.
/// </remarks>
public sealed class OrderLifecycleWorkflow : Workflow<OrderLifecycleInput, OrderLifecycleResult>
{
    /// <summary>
    /// The patch that confirms and publishes in one activity. Instances whose history confirmed before it replay
    /// <see cref="ConfirmOrderActivity"/> and <see cref="PublishOrderConfirmedActivity"/>; every other instance
    /// records the patch when it confirms.
    /// </summary>
    public const string ConfirmPublishes = "confirm-publishes";

    private static readonly WorkflowTaskOptions Retry = new(new WorkflowRetryPolicy(
        maxNumberOfAttempts: 10, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    public override async Task<OrderLifecycleResult> RunAsync(WorkflowContext context, OrderLifecycleInput input)
    {
        var orderId = input.OrderId;
        if (!await context.CallActivityAsync<bool>(nameof(PublishOrderPlacedActivity), orderId, Retry))
        {
            return new OrderLifecycleResult(orderId, OrderLifecycleResult.Missing);
        }

        using (var stopWaiting = new CancellationTokenSource())
        {
            var reserved = context.WaitForExternalEventAsync<StockReserved>(OrderWorkflowEvents.StockReserved, stopWaiting.Token);
            var rejected = context.WaitForExternalEventAsync<OrderCancelled>(OrderWorkflowEvents.StockRejected, stopWaiting.Token);
            var cancelRequested = context.WaitForExternalEventAsync<CancelRequested>(OrderWorkflowEvents.CancelRequested, stopWaiting.Token);
            var timedOut = context.CreateTimer(context.CurrentUtcDateTime.Add(input.ReservationTimeout), stopWaiting.Token);
            var first = await Task.WhenAny(reserved, rejected, cancelRequested, timedOut);

            // Synchronous on purpose: CancelAsync would resume the workflow off the orchestrator's turn.
            stopWaiting.Cancel();

            if (first == rejected)
            {
                var rejection = await rejected;
                return await CancelAsync(context, orderId, rejection.Reason, rejection.Detail, releaseStock: false);
            }

            if (first == cancelRequested)
            {
                return await CancelAsync(context, orderId, CancellationReasons.CustomerCancelled, detail: null, releaseStock: true);
            }

            if (first == timedOut)
            {
                // A reservation may still arrive after this point; the release tells Inventory to give it back.
                return await CancelAsync(context, orderId, CancellationReasons.ReservationTimeout,
                    $"No answer from Inventory within {input.ReservationTimeout}.", releaseStock: true);
            }

            var reservation = await reserved;
            var confirmation = new ConfirmOrderInput(orderId, reservation.Lines, reservation.Total, Now(context));
            if (context.IsPatched(ConfirmPublishes))
            {
                await context.CallActivityAsync<bool>(nameof(ConfirmAndPublishOrderActivity), confirmation, Retry);
            }
            else
            {
                await context.CallActivityAsync<bool>(nameof(ConfirmOrderActivity), confirmation, Retry);
                await context.CallActivityAsync<bool>(nameof(PublishOrderConfirmedActivity), orderId, Retry);
            }
        }

        using (var stopWaiting = new CancellationTokenSource())
        {
            var shipped = context.WaitForExternalEventAsync<OrderShipped>(OrderWorkflowEvents.OrderShipped, stopWaiting.Token);
            var cancelRequested = context.WaitForExternalEventAsync<CancelRequested>(OrderWorkflowEvents.CancelRequested, stopWaiting.Token);
            var first = await Task.WhenAny(shipped, cancelRequested);
            stopWaiting.Cancel();

            if (first == cancelRequested)
            {
                return await CancelAsync(context, orderId, CancellationReasons.CustomerCancelled, detail: null, releaseStock: true);
            }
        }

        await context.CallActivityAsync<bool>(nameof(MarkOrderShippedActivity), new MarkOrderShippedInput(orderId, Now(context)), Retry);
        return new OrderLifecycleResult(orderId, OrderStatus.Shipped);
    }

    private static async Task<OrderLifecycleResult> CancelAsync(
        WorkflowContext context, Guid orderId, string reason, string? detail, bool releaseStock)
    {
        var at = Now(context);
        await context.CallActivityAsync<bool>(nameof(CancelOrderActivity), new CancelOrderInput(orderId, reason, detail, at), Retry);
        if (releaseStock)
        {
            await context.CallActivityAsync<bool>(nameof(ReleaseStockActivity), new ReleaseStockInput(orderId, reason, at), Retry);
        }

        await context.CallActivityAsync<bool>(nameof(PublishOrderCancelledActivity), orderId, Retry);
        return new OrderLifecycleResult(orderId, OrderStatus.Cancelled, reason);
    }

    /// <summary>The workflow's deterministic clock (replayed from history), as the activities' inputs carry it.</summary>
    private static DateTimeOffset Now(WorkflowContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
