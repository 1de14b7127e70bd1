namespace Ecommerce.Deployment.Tests;

/// <summary>components/: the one set of files daprd (dapr run -f .) and the local sidecar both load.</summary>
public sealed class ComponentsFolderTests
{
    // What the local sidecar implements; anything else belongs in components/alternatives/.
    private static readonly string[] LocalSidecarTypes =
        ["pubsub.kafka", "pubsub.in-memory", "state.postgresql", "state.in-memory", "secretstores.local.env"];

    private readonly DaprResources _resources = DaprResources.LoadedFromComponentsFolder();

    [Fact]
    public void Every_component_named_in_Contracts_is_defined()
    {
        foreach (var name in ContractNames.Components)
        {
            _resources.Component(name);
        }
    }

    [Fact]
    public void Component_names_are_unique()
    {
        var duplicates = _resources.Components.GroupBy(c => c.Name()).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Scopes_name_only_real_app_ids()
    {
        var unknown = _resources.All.SelectMany(DaprResources.Scopes).Where(s => !ContractNames.AppIds.Contains(s));

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_app_component_is_scoped()
    {
        var unscoped = _resources.Components
            .Where(c => c.Scalar("spec", "type") != "secretstores.local.env" && !DaprResources.Scopes(c).Any())
            .Select(c => c.Name());

        Assert.Empty(unscoped);
    }

    [Fact]
    public void Only_types_the_local_sidecar_implements_are_loaded()
    {
        var unsupported = _resources.Components
            .Select(c => $"{c.Name()} ({c.Scalar("spec", "type")})")
            .Where(c => !LocalSidecarTypes.Any(t => c.EndsWith($"({t})", StringComparison.Ordinal)));

        Assert.Empty(unsupported);
    }

    [Fact]
    public void Components_that_read_secrets_name_the_env_secret_store()
    {
        var secretStores = _resources.Components
            .Where(c => c.Scalar("spec", "type")!.StartsWith("secretstores.", StringComparison.Ordinal))
            .Select(c => c.Name())
            .ToHashSet();

        foreach (var component in _resources.Components.Where(c => DaprResources.SecretNames(c).Any()))
        {
            var store = component.Scalar("auth", "secretStore");
            Assert.True(store is not null && secretStores.Contains(store), $"{component.Name()}: auth.secretStore '{store}' is not a loaded secret store");
        }
    }

    [Fact]
    public void Only_the_workflow_store_is_the_actor_state_store()
    {
        var actorStores = _resources.Components
            .Where(c => DaprResources.Metadata(c).GetValueOrDefault("actorStateStore") == "value:true")
            .Select(c => c.Name());

        Assert.Equal([Contracts.DaprComponents.WorkflowStateStore], actorStores);
    }

    [Fact]
    public void Resiliency_targets_only_defined_components()
    {
        var resiliency = Assert.Single(_resources.All, d => d.Kind() == "Resiliency");
        var names = _resources.Components.Select(c => c.Name()).ToHashSet();

        var unknown = resiliency.Entries("spec", "targets", "components").Select(e => e.Key).Where(n => !names.Contains(n));

        Assert.Empty(unknown);
    }

    [Fact]
    public void Alternative_pubsub_replaces_the_same_component_for_the_same_apps()
    {
        var kafka = _resources.Component(Contracts.DaprComponents.PubSub);
        var alternative = Assert.Single(Yaml.Documents(Repository.PathOf("components/alternatives/pubsub-redis.yaml")));

        Assert.Equal(kafka.Name(), alternative.Name());
        Assert.StartsWith("pubsub.", alternative.Scalar("spec", "type"));
        Assert.NotEqual(kafka.Scalar("spec", "type"), alternative.Scalar("spec", "type"));
        Assert.Equal(DaprResources.Scopes(kafka), DaprResources.Scopes(alternative));
        Assert.Equal(kafka.Scalar("auth", "secretStore"), alternative.Scalar("auth", "secretStore"));
    }
}
