using Dapr.Client;
using Dapr.Workflow;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// The compensation: publishes inventory.stock.released. Inventory releases idempotently and only what it holds,
/// so this is safe when nothing (or not yet anything) was reserved.
/// </summary>
public sealed class ReleaseStockActivity(DaprClient dapr, IHostApplicationLifetime lifetime)
    : WorkflowActivity<ReleaseStockInput, bool>
{
    public override async Task<bool> RunAsync(WorkflowActivityContext context, ReleaseStockInput input)
    {
        var released = new StockReleased(input.OrderId, input.Reason, input.ReleasedAt);
        await dapr.PublishOrderEventAsync(Topics.InventoryStockReleased, input.OrderId, released, lifetime.ApplicationStopping);
        return true;
    }
}
