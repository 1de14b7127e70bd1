using Aspire.Hosting.Testing;
using Ecommerce.LocalRun;

namespace Ecommerce.AppHost.Testing;

/// <summary>How a test starts the app host.</summary>
/// <param name="StartServices">The five services and their sidecars too, or only PostgreSQL, Kafka and SMTP.</param>
/// <param name="StartTimeout">How long starting may take until every resource is healthy.</param>
public sealed record LocalAppHostOptions(bool StartServices, TimeSpan StartTimeout)
{
    /// <summary>Changes to the free-port settings before the app host reads them (e.g. a port a test holds).</summary>
    public Action<LocalRunSettings>? Settings { get; init; }

    /// <summary>Changes to the app host's model before it is built (environment the resources already read).</summary>
    public Action<IDistributedApplicationTestingBuilder>? Model { get; init; }

    /// <summary>
    /// A data folder a stopped app host left (<see cref="LocalAppHost.RestartAsync"/>), to start on its databases
    /// instead of a new throwaway folder; null for a fresh one.
    /// </summary>
    public string? DataDirectory { get; init; }
}
