using Ecommerce.LocalSidecar.PubSub;
using Ecommerce.LocalSidecar.Resiliency;
using Ecommerce.LocalSidecar.State;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Components;

/// <summary>The components and resiliency policies loaded for one app, ready to use.</summary>
public sealed class SidecarComponents(
    IReadOnlyList<ComponentDefinition> definitions,
    IReadOnlyDictionary<string, IPubSub> pubSubs,
    IReadOnlyDictionary<string, IStateStore> stateStores,
    ResiliencySettings resiliency,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly Dictionary<string, OutboundRunner> _outbound =
        definitions.ToDictionary(d => d.Name, d => new OutboundRunner(d.Name, resiliency.Outbound(d.Name), time, logger), StringComparer.Ordinal);

    public IReadOnlyList<ComponentDefinition> Definitions { get; } = definitions;

    public IReadOnlyDictionary<string, IPubSub> PubSubs { get; } = pubSubs;

    public IReadOnlyDictionary<string, IStateStore> StateStores { get; } = stateStores;

    public ResiliencySettings Resiliency { get; } = resiliency;

    /// <summary>Runs calls to the component under its outbound resiliency policy (one circuit breaker per component).</summary>
    public OutboundRunner Outbound(string componentName) => _outbound[componentName];

    /// <summary>The state store marked <c>actorStateStore: "true"</c> (where workflow state lives), if any.</summary>
    public IStateStore? ActorStateStore =>
        Definitions.FirstOrDefault(d => ComponentTypes.IsState(d.Type) && d.Flag("actorStateStore")) is { } store ? StateStores[store.Name] : null;

    /// <summary>Builds every component of the resources; throws <see cref="ComponentConfigurationException"/> for
    /// metadata the sidecar cannot honour. No I/O: connections open in <see cref="InitializeAsync"/> or on first use.</summary>
    public static SidecarComponents Create(SidecarResources resources, string appId, ILoggerFactory loggerFactory, TimeProvider time)
    {
        var logger = loggerFactory.CreateLogger<SidecarComponents>();
        foreach (var (file, name) in resources.Documents.Configurations)
        {
            ComponentLog.ConfigurationIgnored(logger, name, file);
        }

        var definitions = resources.Components;
        var pubSubs = new Dictionary<string, IPubSub>(StringComparer.Ordinal);
        var stateStores = new Dictionary<string, IStateStore>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            switch (definition.Type)
            {
                case ComponentTypes.Kafka:
                    pubSubs[definition.Name] = new KafkaPubSub(definition.Name, KafkaPubSubOptions.From(definition, appId), loggerFactory);
                    break;
                case ComponentTypes.Redis:
                    pubSubs[definition.Name] = new RedisPubSub(definition.Name, RedisPubSubOptions.From(definition, appId), loggerFactory);
                    break;
                case ComponentTypes.InMemoryPubSub:
                    pubSubs[definition.Name] = new InMemoryPubSub(definition.Name);
                    break;
                case ComponentTypes.PostgreSql:
                    if (definition.Version == "v2" && definition.Optional("tableName") is { } tableName)
                    {
                        ComponentLog.TableNameIgnored(logger, definition.Describe(), definition.File, tableName);
                    }

                    var postgres = PostgresStateStoreOptions.From(definition);
                    stateStores[definition.Name] = definition.Version == "v1"
                        ? new PostgresV1StateStore(definition.Name, postgres)
                        : new PostgresStateStore(definition.Name, postgres);
                    break;
                case ComponentTypes.InMemoryState:
                    stateStores[definition.Name] = new InMemoryStateStore(definition.Name, time);
                    break;
            }

            ComponentLog.Loaded(logger, definition.Name, definition.Type, definition.Version, definition.File);
        }

        return new SidecarComponents(definitions, pubSubs, stateStores, resources.Resiliency, time, loggerFactory.CreateLogger<OutboundRunner>());
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in Definitions.Where(d => StateStores.ContainsKey(d.Name)))
        {
            try
            {
                await StateStores[definition.Name].InitializeAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw definition.Error($"initialisation failed: {e.Message}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pubSub in PubSubs.Values)
        {
            await pubSub.DisposeAsync();
        }

        foreach (var store in StateStores.Values)
        {
            await store.DisposeAsync();
        }
    }
}
