using Microsoft.Extensions.DependencyInjection.Extensions;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Ledger;
using Ecommerce.Notifications.Orders;

namespace Ecommerce.Notifications;

public static class NotificationsServiceExtensions
{
    /// <summary>SMTP from the <c>Smtp</c> section (checked now, so a missing setting stops the start), ledger, templates.</summary>
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(SmtpSettings.FromConfiguration(builder.Configuration));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<DeliveryLedger>();
        builder.Services.AddSingleton<OrderSnapshotStore>();
        builder.Services.AddSingleton<EmailDispatcher>();
        return builder;
    }
}
