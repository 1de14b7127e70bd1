using Dapr.Workflow;
using Ecommerce.Ordering.Admission;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Subscriptions;
using Ecommerce.Ordering.Telemetry;
using Ecommerce.Ordering.Workflows;
using Ecommerce.Ordering.Workflows.Activities;

namespace Ecommerce.Ordering;

public static class OrderingServiceExtensions
{
    public static IHostApplicationBuilder AddOrderingServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrderingOptions>()
            .Bind(builder.Configuration.GetSection(OrderingOptions.Section))
            .Validate(options => options.ReservationTimeout > TimeSpan.Zero,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.ReservationTimeout)} must be a positive duration, e.g. 00:00:30.")
            .Validate(options => options.WorkflowCallTimeout > TimeSpan.Zero,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.WorkflowCallTimeout)} must be a positive duration, e.g. 00:00:10.")
            .Validate(options => options.UnstartedOrderAfter is null || options.UnstartedOrderAfter > TimeSpan.Zero,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.UnstartedOrderAfter)} must be a positive duration, e.g. 00:01:00.")
            .Validate(options => options.UnstartedOrderSweepInterval > TimeSpan.Zero,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.UnstartedOrderSweepInterval)} must be a positive duration, e.g. 00:01:00.")
            .Validate(options => options.WorkflowHistoryCacheTtl > TimeSpan.Zero,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.WorkflowHistoryCacheTtl)} must be a positive duration, e.g. 00:01:00.")
            .Validate(options => options.WorkflowHistoryCacheMaxBytes > 0,
                $"{OrderingOptions.Section}:{nameof(OrderingOptions.WorkflowHistoryCacheMaxBytes)} must be a positive number of bytes, e.g. 16777216.")
            .ValidateOnStart();

        builder.Services.AddOptions<AdmissionOptions>()
            .Bind(builder.Configuration.GetSection(AdmissionOptions.Section))
            .Validate(options => options.MaxWaitingAge is null || options.MaxWaitingAge > TimeSpan.Zero,
                $"{AdmissionOptions.Section}:{nameof(AdmissionOptions.MaxWaitingAge)} must be a positive duration, e.g. 00:00:10.")
            .Validate(options => options.MaxWaiting > 0,
                $"{AdmissionOptions.Section}:{nameof(AdmissionOptions.MaxWaiting)} must be a positive number of orders.")
            .Validate(options => options.MaxPlacing > 0,
                $"{AdmissionOptions.Section}:{nameof(AdmissionOptions.MaxPlacing)} must be a positive number of placements.")
            .Validate(options => options.RateWindow > TimeSpan.Zero,
                $"{AdmissionOptions.Section}:{nameof(AdmissionOptions.RateWindow)} must be a positive duration, e.g. 00:00:05.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AdmissionGate>();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OrderRepository>();
        builder.Services.AddSingleton<OrderStatusStore>();
        builder.Services.AddSingleton<OrderConfirmedPublisher>();
        builder.Services.AddSingleton<OrderingMetrics>();
        builder.Services.AddHostedService<WorkflowActivityMetrics>();

        var historyCache = builder.Configuration.GetSection(OrderingOptions.Section).Get<OrderingOptions>() ?? new OrderingOptions();
        builder.Services.AddDaprWorkflow(options =>
        {
            options.HistoryCacheTtl = historyCache.WorkflowHistoryCacheTtl;
            options.HistoryCacheMaxBytes = historyCache.WorkflowHistoryCacheMaxBytes;
            options.RegisterWorkflow<OrderLifecycleWorkflow>();
            options.RegisterActivity<PublishOrderPlacedActivity>();
            options.RegisterActivity<ConfirmAndPublishOrderActivity>();
            options.RegisterActivity<ConfirmOrderActivity>();
            options.RegisterActivity<PublishOrderConfirmedActivity>();
            options.RegisterActivity<CancelOrderActivity>();
            options.RegisterActivity<ReleaseStockActivity>();
            options.RegisterActivity<PublishOrderCancelledActivity>();
            options.RegisterActivity<MarkOrderShippedActivity>();
        });

        builder.Services.AddSingleton<IDaprWorkflowClient>(services => services.GetRequiredService<DaprWorkflowClient>());
        builder.Services.AddSingleton<OrderWorkflows>();
        builder.Services.AddHostedService<UnstartedOrderSweep>();
        builder.Services.AddOrderingSubscriptions();
        return builder;
    }
}
