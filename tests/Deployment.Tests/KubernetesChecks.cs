using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>Checks on a set of Kubernetes documents (the base files or a rendered overlay); each returns its problems.</summary>
internal static class KubernetesChecks
{
    /// <summary>The back office: the one app Deployment without a sidecar (it calls the services' HTTP APIs).</summary>
    public const string Backoffice = "backoffice";

    /// <summary>The app ids, and the back office: every app that has an image and a Deployment.</summary>
    public static IReadOnlyList<string> Apps { get; } = [.. ContractNames.AppIds.Order(StringComparer.Ordinal), Backoffice];

    public static IEnumerable<YamlMappingNode> DaprDeployments(IEnumerable<YamlMappingNode> documents) =>
        documents.Where(d => d.Kind() == "Deployment" && d.Scalar("spec", "template", "metadata", "annotations", "dapr.io/enabled") == "true");

    public static IEnumerable<YamlMappingNode> AppDeployments(IEnumerable<YamlMappingNode> documents) =>
        documents.Where(d => d.Kind() == "Deployment" && (d.Name() == Backoffice || DaprDeployments([d]).Any()));

    public static IEnumerable<string> AppIdProblems(IReadOnlyList<YamlMappingNode> documents)
    {
        var appIds = DaprDeployments(documents)
            .Select(d => d.Scalar("spec", "template", "metadata", "annotations", "dapr.io/app-id") ?? $"(none on {d.Name()})")
            .Order()
            .ToList();
        if (!appIds.SequenceEqual(ContractNames.AppIds.Order()))
        {
            yield return $"Dapr-enabled Deployments have app ids [{string.Join(", ", appIds)}], " +
                         $"Contracts.AppIds has [{string.Join(", ", ContractNames.AppIds.Order())}]";
        }
    }

    public static IEnumerable<string> DeploymentProblems(IReadOnlyList<YamlMappingNode> documents)
    {
        var configurations = documents.Where(d => d.Kind() == "Configuration").Select(d => d.Name()).ToHashSet();
        foreach (var deployment in DaprDeployments(documents))
        {
            var name = deployment.Name();
            var annotations = deployment.Mapping("spec", "template", "metadata", "annotations");
            var container = deployment.Items("spec", "template", "spec", "containers").FirstOrDefault();
            var appPort = annotations.Scalar("dapr.io/app-port");
            var httpPort = container.Items("ports").FirstOrDefault(p => p.Scalar("name") == "http").Scalar("containerPort");
            var config = annotations.Scalar("dapr.io/config");

            if (annotations.Scalar("dapr.io/app-id") != name)
            {
                yield return $"{name}: dapr.io/app-id is '{annotations.Scalar("dapr.io/app-id")}', not the Deployment's name";
            }

            if (appPort is null || appPort != httpPort)
            {
                yield return $"{name}: dapr.io/app-port '{appPort}' is not the container's http port '{httpPort}'";
            }

            if (config is null || !configurations.Contains(config))
            {
                yield return $"{name}: dapr.io/config '{config}' names no Configuration (have: {string.Join(", ", configurations)})";
            }

            if (annotations.Scalar("dapr.io/enable-api-logging") != "true")
            {
                yield return $"{name}: dapr.io/enable-api-logging is not \"true\"";
            }
        }

        foreach (var deployment in AppDeployments(documents))
        {
            var name = deployment.Name();
            var container = deployment.Items("spec", "template", "spec", "containers").FirstOrDefault();
            if (container.Scalar("livenessProbe", "httpGet", "path") != "/health/live")
            {
                yield return $"{name}: the liveness probe does not GET /health/live";
            }

            if (container.Scalar("readinessProbe", "httpGet", "path") != "/health/ready")
            {
                yield return $"{name}: the readiness probe does not GET /health/ready";
            }

            if (!documents.Any(d => d.Kind() == "Service" && d.Name() == name))
            {
                yield return $"{name}: no Service of the same name";
            }
        }
    }

    /// <summary>
    /// The back office runs once and without a sidecar, and every service address it is given (Backoffice__*Url in
    /// its ConfigMap, when rendered) is a Service of the documents, on its port.
    /// </summary>
    public static IEnumerable<string> BackofficeProblems(IReadOnlyList<YamlMappingNode> documents)
    {
        if (documents.FirstOrDefault(d => d.Kind() == "Deployment" && d.Name() == Backoffice) is not { } deployment)
        {
            yield return $"no Deployment '{Backoffice}'";
            yield break;
        }

        if (deployment.Scalar("spec", "template", "metadata", "annotations", "dapr.io/enabled") is not null)
        {
            yield return $"{Backoffice}: has dapr.io annotations, but it publishes and subscribes to nothing";
        }

        if (deployment.Scalar("spec", "replicas") != "1")
        {
            yield return $"{Backoffice}: replicas is '{deployment.Scalar("spec", "replicas")}', but its sign-ins live in one pod";
        }

        var services = documents.Where(d => d.Kind() == "Service").ToDictionary(d => d.Name(), d => d.Items("spec", "ports").Select(p => p.Scalar("port")).ToList());
        var settings = documents.Where(d => d.Kind() == "ConfigMap" && d.Name() == "backoffice-settings").SelectMany(d => d.Entries("data"));
        foreach (var (key, value) in settings.Where(e => e.Key.StartsWith("Backoffice__", StringComparison.Ordinal) && e.Key.EndsWith("Url", StringComparison.Ordinal)))
        {
            var url = new Uri(((YamlScalarNode)value).Value ?? "");
            if (!services.TryGetValue(url.Host, out var ports) || !ports.Contains(url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                yield return $"{Backoffice}: {key}={url} names no Service '{url.Host}' with port {url.Port}";
            }
        }
    }

    public static IEnumerable<string> ComponentProblems(IReadOnlyList<YamlMappingNode> documents)
    {
        var components = documents.Where(d => d.Kind() == "Component").ToList();
        foreach (var name in ContractNames.Components.Where(n => components.All(c => c.Name() != n)))
        {
            yield return $"component '{name}' (Contracts.DaprComponents) is missing";
        }

        foreach (var scope in components.SelectMany(DaprResources.Scopes).Where(s => !ContractNames.AppIds.Contains(s)))
        {
            yield return $"scope '{scope}' is not an app id";
        }

        foreach (var component in components.Where(c => c.Node("auth", "secretStore") is not null))
        {
            yield return $"{component.Name()}: auth.secretStore is set; on Kubernetes components read Kubernetes secrets";
        }
    }

    public static IEnumerable<string> KafkaTopicProblems(IReadOnlyList<YamlMappingNode> documents)
    {
        var topics = documents.Where(d => d.Kind() == "KafkaTopic").Select(d => d.Scalar("spec", "topicName") ?? d.Name()).Order().ToList();
        var expected = ContractNames.AllTopics.Order().ToList();
        if (!topics.SequenceEqual(expected))
        {
            yield return $"KafkaTopics [{string.Join(", ", topics)}] are not the topics and dead-letter topics of Contracts.Topics [{string.Join(", ", expected)}]";
        }
    }

    /// <summary>Secrets read by components and containers that the documents do not create themselves.</summary>
    public static IEnumerable<string> MissingSecrets(IReadOnlyList<YamlMappingNode> documents, Func<string, string, bool> providedElsewhere)
    {
        var secrets = documents.Where(d => d.Kind() == "Secret").ToDictionary(d => d.Name(), d => d.Entries("data").Select(e => e.Key).ToHashSet());
        var references = documents.Where(d => d.Kind() == "Component")
            .SelectMany(c => c.Items("spec", "metadata").Select(m => m.Mapping("secretKeyRef")))
            .Concat(documents.SelectMany(d => d.Items("spec", "template", "spec", "containers").Concat(d.Items("spec", "template", "spec", "initContainers")))
                .SelectMany(c => c.Items("env").Select(e => e.Mapping("valueFrom", "secretKeyRef")))
                .Where(r => r?.Scalar("optional") != "true"))
            .OfType<YamlMappingNode>();
        foreach (var reference in references)
        {
            var (name, key) = (reference.Scalar("name") ?? "", reference.Scalar("key") ?? "");
            if (providedElsewhere(name, key))
            {
                continue;
            }

            if (!secrets.TryGetValue(name, out var keys) || !keys.Contains(key))
            {
                yield return $"secret '{name}' key '{key}' is referenced but not rendered";
            }
        }
    }
}
