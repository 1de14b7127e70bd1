using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests.Unit;

public sealed class ComponentLoaderTests
{
    private const string Secrets = """
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: envsecrets
        spec:
          type: secretstores.local.env
          version: v1
          metadata: []
        """;

    [Fact]
    public void ComponentScopedToOtherApps_IsNotLoaded()
    {
        using var resources = TempResources.With(("store.yaml", Yaml.InMemoryState().Item2 + "\nscopes:\n  - inventory\n"), Yaml.InMemoryPubSub());

        var loaded = ComponentLoader.Load(ResourceFileReader.Read([resources.Path]), "ordering");

        Assert.Equal(["pubsub"], loaded.Select(c => c.Name));
    }

    [Fact]
    public void SecretKeyRefAndAppIdPlaceholder_AreResolved()
    {
        Environment.SetEnvironmentVariable("SIDECAR_TEST_BROKERS", "127.0.0.1:19092");
        const string kafka = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: pubsub
            spec:
              type: pubsub.kafka
              version: v1
              metadata:
                - name: brokers
                  secretKeyRef:
                    name: SIDECAR_TEST_BROKERS
                    key: SIDECAR_TEST_BROKERS
                - name: consumerGroup
                  value: "{appID}-group"
            auth:
              secretStore: envsecrets
            """;
        using var resources = TempResources.With(("pubsub.yaml", kafka), ("secrets.yaml", Secrets));

        var pubsub = ComponentLoader.Load(ResourceFileReader.Read([resources.Path]), "ordering").Single(c => c.Name == "pubsub");

        Assert.Equal("127.0.0.1:19092", pubsub.Metadata["brokers"]);
        Assert.Equal("ordering-group", pubsub.Metadata["consumerGroup"]);
    }

    [Fact]
    public void TheRepositorysComponents_LoadForOrdering_WithTheActorStateStore()
    {
        Environment.SetEnvironmentVariable("KAFKA_BROKERS", "127.0.0.1:9092");
        Environment.SetEnvironmentVariable("WORKFLOW_STORE_CONNECTION", "Host=127.0.0.1;Username=postgres;Database=workflow");
        var components = Path.Combine(RepositoryRoot(), "components");

        var loaded = ComponentLoader.Load(ResourceFileReader.Read([components]), "ordering");

        Assert.Equal(["envsecrets", "pubsub", "workflowstore"], loaded.Select(c => c.Name).Order());
        Assert.True(loaded.Single(c => c.Name == "workflowstore").Flag("actorStateStore"));
        Assert.Equal("ordering", loaded.Single(c => c.Name == "pubsub").Metadata["consumerGroup"]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
