using Ecommerce.Fulfillment.Data;
using Ecommerce.Fulfillment.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.Fulfillment;

public static class FulfillmentServiceExtensions
{
    public static IHostApplicationBuilder AddFulfillmentServices(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FulfillmentStore>();
        builder.Services.AddSingleton<FulfillmentIndex>();
        builder.Services.AddFulfillmentSubscriptions();
        return builder;
    }
}
