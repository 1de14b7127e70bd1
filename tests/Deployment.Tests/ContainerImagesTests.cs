using System.Text.RegularExpressions;

namespace Ecommerce.Deployment.Tests;

/// <summary>deploy/build-images.sh publishes the images the Kubernetes Deployments run: one per app id, and the back office.</summary>
public sealed partial class ContainerImagesTests
{
    [Fact]
    public void The_build_script_publishes_an_image_for_every_app_and_the_Deployments_run_them()
    {
        var script = File.ReadAllText(Repository.PathOf("deploy/build-images.sh"));
        var services = ServiceLoop().Match(script).Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var images = KubernetesChecks.AppDeployments(Repository.YamlFilesUnder("deploy/k8s/base/apps").SelectMany(Yaml.Documents))
            .Select(d => d.Items("spec", "template", "spec", "containers").First().Scalar("image"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(KubernetesChecks.Apps.Order(StringComparer.Ordinal), services.Select(s => s.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.Equal(KubernetesChecks.Apps.Order(StringComparer.Ordinal).Select(a => $"ecommerce/{a}:latest"), images);
    }

    [GeneratedRegex(@"for service in ([A-Za-z ]+); do")]
    private static partial Regex ServiceLoop();
}
