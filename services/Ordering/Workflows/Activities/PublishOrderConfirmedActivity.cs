using Dapr.Workflow;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Publishes orders.confirmed. Only instances that confirmed before <see cref="OrderLifecycleWorkflow.ConfirmPublishes"/>
/// still call it (their history holds it); new ones confirm and publish in <see cref="ConfirmAndPublishOrderActivity"/>.
/// </summary>
public sealed class PublishOrderConfirmedActivity(OrderConfirmedPublisher publisher, IHostApplicationLifetime lifetime)
    : WorkflowActivity<Guid, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, Guid orderId) =>
        publisher.PublishAsync(orderId, lifetime.ApplicationStopping);
}
