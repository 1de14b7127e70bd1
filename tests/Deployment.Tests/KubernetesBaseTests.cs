using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>deploy/k8s/base as written (no kubectl needed).</summary>
public sealed class KubernetesBaseTests
{
    private readonly IReadOnlyList<YamlMappingNode> _base =
        Repository.YamlFilesUnder("deploy/k8s/base").Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal)).SelectMany(Yaml.Documents).ToList();

    [Fact]
    public void Dapr_app_ids_are_the_Contracts_app_ids() => Assert.Empty(KubernetesChecks.AppIdProblems(_base));

    [Fact]
    public void Deployments_carry_the_Dapr_annotations_probes_and_a_service() => Assert.Empty(KubernetesChecks.DeploymentProblems(_base));

    [Fact]
    public void The_back_office_runs_once_without_a_sidecar() => Assert.Empty(KubernetesChecks.BackofficeProblems(_base));

    [Fact]
    public void Components_exist_are_scoped_to_real_apps_and_read_Kubernetes_secrets() => Assert.Empty(KubernetesChecks.ComponentProblems(_base));

    [Fact]
    public void Every_file_under_base_is_listed_in_its_kustomization()
    {
        var listed = Yaml.Single("deploy/k8s/base/kustomization.yaml").ScalarItems("resources").ToHashSet();
        var files = Repository.YamlFilesUnder("deploy/k8s/base")
            .Select(f => Path.GetRelativePath(Repository.PathOf("deploy/k8s/base"), f).Replace('\\', '/'))
            .Where(f => f != "kustomization.yaml");

        Assert.DoesNotContain(files, f => !listed.Contains(f));
    }

    [Fact]
    public void Kubernetes_components_mirror_the_components_folder_except_for_where_secrets_come_from()
    {
        var local = DaprResources.LoadedFromComponentsFolder();
        foreach (var component in DaprResources.Kubernetes().Components)
        {
            var twin = local.Component(component.Name());
            Assert.Equal(twin.Scalar("spec", "type"), component.Scalar("spec", "type"));
            Assert.Equal(twin.Scalar("spec", "version"), component.Scalar("spec", "version"));
            Assert.Equal(DaprResources.Scopes(twin), DaprResources.Scopes(component));
            Assert.Equal(DaprResources.Metadata(twin).OrderBy(m => m.Key), DaprResources.Metadata(component).OrderBy(m => m.Key));
        }
    }

    [Fact]
    public void Kubernetes_resiliency_is_the_components_folder_resiliency()
    {
        var local = Yaml.Single("components/resiliency.yaml");
        var kubernetes = Yaml.Single("deploy/k8s/base/dapr/resiliency.yaml");

        Assert.Equal(Canonical.Of(local), Canonical.Of(kubernetes));
    }
}
