using Ecommerce.Operations.Data;
using Ecommerce.Operations.Replay;

namespace Ecommerce.Operations;

public static class OperationsServiceExtensions
{
    public static IHostApplicationBuilder AddOperationsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeadLetterStore>();
        builder.Services.AddSingleton<DeadLetterReplayer>();
        return builder;
    }
}
