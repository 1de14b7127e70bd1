using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost;

/// <summary>What the person who typed the run command sees: busy ports, failures with their reason, the ready summary.</summary>
public static class LocalRunConsoleExtensions
{
    /// <summary>Call last, once every resource is added.</summary>
    public static IDistributedApplicationBuilder AddLocalRunConsole(
        this IDistributedApplicationBuilder builder, LocalInfrastructure infrastructure)
    {
        builder.Services.AddSingleton(infrastructure);
        builder.Services.AddSingleton<PortPreflight>();
        builder.Services.AddSingleton<LocalRunReadiness>();
        builder.Services.AddSingleton<ResourceLogTail>();
        builder.Services.AddSingleton<ReadySummaryText>();
        builder.Services.AddHostedService<ResourceFailureWatcher>();
        builder.Services.AddHostedService<ReadySummary>();
        // Ctrl+C while the run is starting cancels the start, which the generic host logs as "Hosting failed to start"
        // with a TaskCanceledException stack trace. A real start failure still surfaces: it is thrown out of RunAsync.
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            @event.Services.GetRequiredService<PortPreflight>().Check(@event.Model);
            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>
    /// Runs until Ctrl+C or SIGTERM. A reason the run cannot start is printed as one line per problem, not as a stack
    /// trace; so is nothing at all when the run is stopped while it is still starting.
    /// </summary>
    public static async Task<int> RunLocalAsync(this DistributedApplication app)
    {
        try
        {
            await app.RunAsync();
            return Environment.ExitCode;
        }
        catch (Exception exception) when (Find<LocalRunException>(exception) is { } reason)
        {
            await Console.Error.WriteLineAsync(reason.Message);
            return 1;
        }
        catch (Exception exception) when (Find<OperationCanceledException>(exception) is not null)
        {
            // Stopped (Ctrl+C, SIGTERM) while resources were still starting: what was asked for.
            return Environment.ExitCode;
        }
    }

    private static T? Find<T>(Exception exception) where T : Exception =>
        exception switch
        {
            T found => found,
            AggregateException aggregate => aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(found => found is not null),
            { InnerException: { } inner } => Find<T>(inner),
            _ => null,
        };
}
