namespace Ecommerce.Deployment.Tests;

/// <summary>Every overlay under deploy/k8s/overlays renders, and what it renders is complete and consistent.</summary>
public sealed class KustomizeOverlayTests
{
    // Secrets the Strimzi operators write: the KafkaUser's password and the cluster CA.
    private static readonly HashSet<string> StrimziSecrets = ["ecommerce", "ecommerce-cluster-ca-cert"];

    // Dapr's two token secrets (key "token"), created by hand in production (see the prod kustomization).
    private static readonly HashSet<string> DaprTokenSecrets = ["dapr-api-token", "dapr-app-token"];

    public static TheoryData<string> Overlays()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Repository.PathOf("deploy/k8s/overlays")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Overlay_renders_every_service_component_topic_and_secret_it_needs(string overlay)
    {
        var directory = Repository.PathOf($"deploy/k8s/overlays/{overlay}");
        var documents = Yaml.DocumentsOfText(await Kustomize.RenderAsync(directory, CancellationToken.None));
        var external = ExternalSecretKeys(directory);

        string[] problems =
        [
            .. KubernetesChecks.AppIdProblems(documents),
            .. KubernetesChecks.DeploymentProblems(documents),
            .. KubernetesChecks.BackofficeProblems(documents),
            .. KubernetesChecks.ComponentProblems(documents),
            .. KubernetesChecks.KafkaTopicProblems(documents),
            .. KubernetesChecks.MissingSecrets(documents, (name, key) => StrimziSecrets.Contains(name) || external.Contains($"{name}/{key}")
                || (overlay == "prod" && DaprTokenSecrets.Contains(name) && key == "token")),
        ];

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Overlay_puts_every_resource_in_one_namespace(string overlay)
    {
        var documents = Yaml.DocumentsOfText(await Kustomize.RenderAsync(Repository.PathOf($"deploy/k8s/overlays/{overlay}"), CancellationToken.None));
        var @namespace = Assert.Single(documents, d => d.Kind() == "Namespace").Name();

        var elsewhere = documents.Where(d => d.Kind() != "Namespace" && d.Scalar("metadata", "namespace") != @namespace).Select(d => $"{d.Kind()}/{d.Name()}");

        Assert.Empty(elsewhere);
    }

    /// <summary>Keys of `ecommerce-secrets` an overlay expects the operator to create, from its secrets.env.example.</summary>
    private static HashSet<string> ExternalSecretKeys(string overlayDirectory)
    {
        var example = Path.Combine(overlayDirectory, "secrets.env.example");
        return File.Exists(example)
            ? File.ReadLines(example)
                .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
                .Select(l => "ecommerce-secrets/" + l[..l.IndexOf('=')])
                .ToHashSet()
            : [];
    }
}
