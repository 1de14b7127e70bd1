using Ecommerce.LocalSidecar.Components;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>
/// Reads <c>spec.policies.{timeouts, retries, circuitBreakers}</c> and <c>spec.targets.components.*.{inbound,
/// outbound}</c> of the Resiliency resources scoped to this app. Inbound (deliveries to the app) takes a timeout and a
/// retry; outbound (state and publish calls) a timeout, a retry and a circuit breaker.
/// </summary>
public static class ResiliencyReader
{
    public static ResiliencySettings Read(ResourceDocuments documents, string appId)
    {
        var inbound = new Dictionary<string, InboundPolicy>(StringComparer.Ordinal);
        var outbound = new Dictionary<string, OutboundPolicy>(StringComparer.Ordinal);
        foreach (var (file, spec, scopes) in documents.Resiliencies)
        {
            if (scopes.Count > 0 && !scopes.Contains(appId, StringComparer.Ordinal))
            {
                continue;
            }

            var policies = spec.Mapping("policies", file, "spec.policies");
            var timeouts = ReadTimeouts(file, policies);
            var retries = ReadRetries(file, policies);
            var breakers = CircuitBreakerReader.Read(file, policies);
            var components = spec.Mapping("targets", file, "spec.targets")?.Mapping("components", file, "spec.targets.components");
            foreach (var (name, node) in components?.Entries() ?? [])
            {
                if (node is not YamlMappingNode target)
                {
                    continue;
                }

                var inboundPath = $"spec.targets.components.{name}.inbound";
                if (target.Mapping("inbound", file, inboundPath) is { } policy)
                {
                    inbound[name] = new InboundPolicy(Timeout(file, inboundPath, policy, timeouts), Retry(file, inboundPath, policy, retries) ?? RetryPolicy.Default);
                }

                var outboundPath = $"spec.targets.components.{name}.outbound";
                if (target.Mapping("outbound", file, outboundPath) is { } outPolicy)
                {
                    var breaker = outPolicy.Scalar("circuitBreaker", file, $"{outboundPath}.circuitBreaker") is { } breakerName
                        ? breakers.TryGetValue(breakerName, out var named) ? named : throw new ComponentConfigurationException(file, $"'{outboundPath}.circuitBreaker': no circuit breaker named '{breakerName}' in spec.policies.circuitBreakers")
                        : null;
                    outbound[name] = new OutboundPolicy(Timeout(file, outboundPath, outPolicy, timeouts), Retry(file, outboundPath, outPolicy, retries), breaker);
                }
            }
        }

        return new ResiliencySettings(inbound, outbound);
    }

    private static TimeSpan? Timeout(string file, string path, YamlMappingNode policy, Dictionary<string, TimeSpan> timeouts) =>
        policy.Scalar("timeout", file, $"{path}.timeout") is { } timeoutName
            ? timeouts.TryGetValue(timeoutName, out var named) ? named : Duration(file, $"{path}.timeout", timeoutName)
            : null;

    private static RetryPolicy? Retry(string file, string path, YamlMappingNode policy, Dictionary<string, RetryPolicy> retries) =>
        policy.Scalar("retry", file, $"{path}.retry") is { } retryName
            ? retries.TryGetValue(retryName, out var found) ? found : throw new ComponentConfigurationException(file, $"'{path}.retry': no retry policy named '{retryName}' in spec.policies.retries")
            : null;

    private static Dictionary<string, TimeSpan> ReadTimeouts(string file, YamlMappingNode? policies)
    {
        var timeouts = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (name, node) in policies?.Mapping("timeouts", file, "spec.policies.timeouts")?.Entries() ?? [])
        {
            var path = $"spec.policies.timeouts.{name}";
            timeouts[name] = Duration(file, path, (node as YamlScalarNode)?.Value ?? throw new ComponentConfigurationException(file, $"'{path}' must be a duration"));
        }

        return timeouts;
    }

    private static Dictionary<string, RetryPolicy> ReadRetries(string file, YamlMappingNode? policies)
    {
        var retries = new Dictionary<string, RetryPolicy>(StringComparer.Ordinal);
        foreach (var (name, node) in policies?.Mapping("retries", file, "spec.policies.retries")?.Entries() ?? [])
        {
            var path = $"spec.policies.retries.{name}";
            if (node is not YamlMappingNode retry)
            {
                throw new ComponentConfigurationException(file, $"'{path}' must be a mapping");
            }

            var kind = retry.Scalar("policy", file, $"{path}.policy") ?? "constant";
            if (kind is not ("constant" or "exponential"))
            {
                throw new ComponentConfigurationException(file, $"'{path}.policy' must be constant or exponential, got '{kind}'");
            }

            var maxRetries = retry.Scalar("maxRetries", file, $"{path}.maxRetries") is { } text
                ? int.TryParse(text, out var n) ? n : throw new ComponentConfigurationException(file, $"'{path}.maxRetries' must be an integer, got '{text}'")
                : -1;
            retries[name] = new RetryPolicy(
                kind == "exponential",
                retry.Scalar("duration", file, $"{path}.duration") is { } d ? Duration(file, $"{path}.duration", d) : TimeSpan.FromSeconds(5),
                retry.Scalar("maxInterval", file, $"{path}.maxInterval") is { } m ? Duration(file, $"{path}.maxInterval", m) : TimeSpan.FromSeconds(60),
                maxRetries);
        }

        return retries;
    }

    internal static TimeSpan Duration(string file, string path, string text) =>
        GoDuration.TryParse(text, out var duration)
            ? duration
            : throw new ComponentConfigurationException(file, $"'{path}' must be a duration such as 500ms or 5s, got '{text}'");
}
