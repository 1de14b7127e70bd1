using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Ledger;
using Ecommerce.Notifications.Orders;
using Ecommerce.Notifications.Subscriptions;
using Ecommerce.Notifications.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace Ecommerce.Notifications;

public static class NotificationsServiceExtensions
{
    /// <summary>SMTP from the <c>Smtp</c> section (checked at start, so a bad setting stops the service), ledger, handlers.</summary>
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSmtpOptions(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<DeliveryLedger>();
        builder.Services.AddSingleton<OrderSnapshotStore>();
        builder.Services.AddSingleton<EmailDispatcher>();
        builder.Services.AddSingleton<NotificationsMetrics>();
        builder.Services.AddNotificationsSubscriptions();
        return builder;
    }

    /// <summary>Binds <see cref="SmtpOptions"/>; every failure names the setting and its environment variable.</summary>
    public static IServiceCollection AddSmtpOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .PostConfigure(options => options.Host = options.Host.Trim())
            .Validate(options => options.Host.Length > 0,
                Invalid(nameof(SmtpOptions.Host), "is missing: the SMTP server's host name (the local SMTP sink: localhost)"))
            .Validate(options => MailboxAddress.TryParse(options.From, out _),
                Invalid(nameof(SmtpOptions.From), "is missing or not a mail address: the sender of every email, e.g. orders@example.com"))
            .Validate(options => options.Port is > 0 and <= 65535,
                Invalid(nameof(SmtpOptions.Port), "is not a TCP port (1-65535)"))
            .Validate(options => Enum.IsDefined(options.UseTls),
                Invalid(nameof(SmtpOptions.UseTls), "is not one of None, StartTls or Ssl"))
            .Validate(options => options.Timeout > TimeSpan.Zero,
                Invalid(nameof(SmtpOptions.Timeout), "is not a positive time span such as 00:00:20"))
            .Validate(options => options.RetryWithin >= TimeSpan.Zero,
                Invalid(nameof(SmtpOptions.RetryWithin), "is negative; use a time span such as 00:00:10, or 00:00:00 for no retry"))
            .Validate(options => string.IsNullOrEmpty(options.UserName) || !string.IsNullOrEmpty(options.Password),
                Invalid(nameof(SmtpOptions.Password), "is missing while Smtp:UserName is set"))
            .ValidateOnStart();
        return services;
    }

    private static string Invalid(string key, string problem) =>
        $"Setting {SmtpOptions.Section}:{key} (environment variable {SmtpOptions.Section}__{key}) {problem}.";
}
