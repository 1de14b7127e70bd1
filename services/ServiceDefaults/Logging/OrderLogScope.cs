using Microsoft.Extensions.Logging;

namespace Ecommerce.ServiceDefaults.Logging;

/// <summary>Puts the order id on every log event written inside the scope.</summary>
public static class OrderLogScope
{
    public static IDisposable? BeginOrderScope(this ILogger logger, Guid orderId) =>
        logger.BeginScope(new Dictionary<string, object> { ["OrderId"] = orderId });
}
