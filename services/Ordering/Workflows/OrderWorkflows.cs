using Dapr.Workflow;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Ecommerce.Ordering.Workflows;

/// <summary>
/// The API's and the subscriptions' way to start and signal order lifecycles. Every call has a deadline
/// (Ordering:WorkflowCallTimeout): the SDK waits for the sidecar to be ready, so without one a call made while the
/// sidecar is down would never return. Failures surface as <see cref="WorkflowRuntimeUnavailableException"/>.
/// </summary>
public sealed partial class OrderWorkflows(IDaprWorkflowClient client, IOptions<OrderingOptions> options, ILogger<OrderWorkflows> logger)
{
    /// <summary>Starts the lifecycle of a stored order; an instance that already exists counts as started.</summary>
    public async Task StartAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var input = new OrderLifecycleInput(orderId, options.Value.ReservationTimeout);
        try
        {
            await CallAsync(token => client.ScheduleNewWorkflowAsync(
                nameof(OrderLifecycleWorkflow), orderId.ToString(), input, startTime: null, token), cancellationToken);
        }
        catch (WorkflowRuntimeUnavailableException exception)
            when (exception.InnerException is RpcException { StatusCode: StatusCode.AlreadyExists })
        {
        }
    }

    /// <summary>Raises an external event; false when there is no such instance (nothing will ever consume it).</summary>
    public async Task<bool> RaiseAsync(Guid orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(token => client.RaiseEventAsync(orderId.ToString(), eventName, payload, token), cancellationToken);
            return true;
        }
        catch (WorkflowRuntimeUnavailableException exception)
            when (exception.InnerException is RpcException { StatusCode: StatusCode.NotFound })
        {
            LogNoInstance(orderId, eventName);
            return false;
        }
    }

    private async Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.WorkflowCallTimeout);
        try
        {
            await call(deadline.Token);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WorkflowRuntimeUnavailableException($"The workflow runtime answered {exception.StatusCode}.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WorkflowRuntimeUnavailableException(
                $"The workflow runtime did not answer within {options.Value.WorkflowCallTimeout}.", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No workflow instance of order {OrderId} to raise {EventName} on")]
    private partial void LogNoInstance(Guid orderId, string eventName);
}
