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
    ResiliencySettings resiliency) : IAsyncDisposable
{
    public IReadOnlyList<ComponentDefinition> Definitions { get; } = definitions;

    public IReadOnlyDictionary<string, IPubSub> PubSubs { get; } = pubSubs;

    public IReadOnlyDictionary<string, IStateStore> StateStores { get; } = stateStores;

    public ResiliencySettings Resiliency { get; } = resiliency;

    /// <summary>The state store marked <c>actorStateStore: "true"</c> (where workflow state lives), if any.</summary>
    public PostgresStateStore? ActorStateStore =>
        StateStores.Values.OfType<PostgresStateStore>().FirstOrDefault(s => s.Options.ActorStateStore);

    /// <summary>Reads the resources folders and builds every component; throws
    /// <see cref="ComponentConfigurationException"/> for anything the sidecar cannot honour. No I/O beyond the files.</summary>
    public static SidecarComponents Load(IEnumerable<string> resourcesPaths, string appId, ILoggerFactory loggerFactory, TimeProvider time)
    {
        var logger = loggerFactory.CreateLogger<SidecarComponents>();
        var documents = ResourceFileReader.Read(resourcesPaths);
        foreach (var (file, name) in documents.Configurations)
        {
            ComponentLog.ConfigurationIgnored(logger, name, file);
        }

        var definitions = ComponentLoader.Load(documents, appId);
        var resiliency = ResiliencyReader.Read(documents, appId);
        var pubSubs = new Dictionary<string, IPubSub>(StringComparer.Ordinal);
        var stateStores = new Dictionary<string, IStateStore>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            switch (definition.Type)
            {
                case ComponentTypes.Kafka:
                    pubSubs[definition.Name] = new KafkaPubSub(definition.Name, KafkaPubSubOptions.From(definition, appId), loggerFactory);
                    break;
                case ComponentTypes.InMemoryPubSub:
                    pubSubs[definition.Name] = new InMemoryPubSub(definition.Name);
                    break;
                case ComponentTypes.PostgreSql:
                    if (definition.Optional("tableName") is { } tableName)
                    {
                        ComponentLog.TableNameIgnored(logger, definition.Describe(), definition.File, tableName);
                    }

                    stateStores[definition.Name] = new PostgresStateStore(definition.Name, PostgresStateStoreOptions.From(definition));
                    break;
                case ComponentTypes.InMemoryState:
                    stateStores[definition.Name] = new InMemoryStateStore(definition.Name, time);
                    break;
            }

            ComponentLog.Loaded(logger, definition.Name, definition.Type, definition.Version, definition.File);
        }

        return new SidecarComponents(definitions, pubSubs, stateStores, resiliency);
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
