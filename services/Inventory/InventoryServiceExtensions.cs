using Ecommerce.Inventory.Data;
using Ecommerce.Inventory.Subscriptions;

namespace Ecommerce.Inventory;

public static class InventoryServiceExtensions
{
    public static IHostApplicationBuilder AddInventoryServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProductStore>();
        builder.Services.AddSingleton<ReservationStore>();
        builder.Services.AddInventorySubscriptions();
        return builder;
    }
}
