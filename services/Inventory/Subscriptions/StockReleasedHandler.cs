using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Ecommerce.Inventory.Subscriptions;

/// <summary>
/// inventory.stock.released: give back whatever the order holds. When the release overtakes the order (Ordering
/// timed out first), a tombstone makes sure the late orders.new reserves nothing.
/// </summary>
public sealed partial class StockReleasedHandler(ReservationStore reservations, ILogger<StockReleasedHandler> logger)
{
    public async Task<Ok<TopicResponse>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var released = await request.ReadEventAsync<StockReleased>(cancellationToken);
        if (released is null || released.OrderId == Guid.Empty || string.IsNullOrWhiteSpace(released.Reason))
        {
            LogPoison(Topics.InventoryStockReleased);
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(released.OrderId);
        try
        {
            var outcome = await reservations.ReleaseAsync(released.OrderId, released.Reason, cancellationToken);
            LogReleased(released.OrderId, released.Reason, outcome);
            return TopicResults.Success();
        }
        catch (NpgsqlException exception)
        {
            LogRetry(exception, released.OrderId);
            return TopicResults.Retry();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Release of order {OrderId} ({Reason}): {Outcome}")]
    private partial void LogReleased(Guid orderId, string reason, ReleaseOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a {Topic} event that is not a well-formed release")]
    private partial void LogPoison(string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release stock of order {OrderId} now; asking for redelivery")]
    private partial void LogRetry(Exception exception, Guid orderId);
}
