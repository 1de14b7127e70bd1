using Dapr.Client;
using Ecommerce.Contracts;

namespace Ecommerce.Notifications.Orders;

/// <summary>Confirmed orders as Notifications remembers them, at key <c>order|{orderId}</c> in notificationstore.</summary>
public sealed class OrderSnapshotStore(DaprClient dapr)
{
    public static string KeyOf(Guid orderId) => $"order|{orderId}";

    public Task SaveAsync(OrderSnapshot order, CancellationToken cancellationToken) =>
        dapr.SaveStateAsync(DaprComponents.NotificationsStateStore, KeyOf(order.OrderId), order, cancellationToken: cancellationToken);

    public async Task<OrderSnapshot?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        await dapr.GetStateAsync<OrderSnapshot?>(DaprComponents.NotificationsStateStore, KeyOf(orderId), cancellationToken: cancellationToken);
}
