using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Inventory.Subscriptions;

/// <summary>
/// inventory.stock.released: give back whatever the order holds. When the release overtakes the order (Ordering
/// timed out first), a tombstone makes sure the late orders.new reserves nothing.
/// </summary>
public sealed partial class StockReleasedHandler(ReservationStore reservations, ILogger<StockReleasedHandler> logger)
    : ITopicHandler<StockReleased>
{
    public string? Reject(StockReleased released) =>
        string.IsNullOrWhiteSpace(released.Reason) ? "a release needs a reason" : null;

    public async Task<TopicStatus> HandleAsync(StockReleased released, CancellationToken cancellationToken)
    {
        var outcome = await reservations.ReleaseAsync(released.OrderId, released.Reason, cancellationToken);
        LogReleased(released.OrderId, released.Reason, outcome);
        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Release of order {OrderId} ({Reason}): {Outcome}")]
    private partial void LogReleased(Guid orderId, string reason, ReleaseOutcome outcome);
}
