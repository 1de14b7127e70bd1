using Ecommerce.Operations.Data;
using Ecommerce.Operations.Replay;
using Ecommerce.Operations.Subscriptions;
using Ecommerce.Operations.Telemetry;

namespace Ecommerce.Operations;

public static class OperationsServiceExtensions
{
    public static IHostApplicationBuilder AddOperationsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeadLetterStore>();
        builder.Services.AddSingleton<OperationsMetrics>();
        builder.Services.AddSingleton<DeadLetterReplayer>();
        builder.Services.AddDeadLetterSubscriptions();
        return builder;
    }
}
