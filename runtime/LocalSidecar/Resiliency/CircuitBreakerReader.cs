using System.Text.RegularExpressions;
using Ecommerce.LocalSidecar.Components;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>Reads <c>spec.policies.circuitBreakers</c>; of daprd's CEL trip expressions only
/// <c>consecutiveFailures &gt;= N</c> (or <c>&gt; N</c>) is understood, anything else fails naming the field.</summary>
internal static partial class CircuitBreakerReader
{
    public static Dictionary<string, CircuitBreakerPolicy> Read(string file, YamlMappingNode? policies)
    {
        var breakers = new Dictionary<string, CircuitBreakerPolicy>(StringComparer.Ordinal);
        foreach (var (name, node) in policies?.Mapping("circuitBreakers", file, "spec.policies.circuitBreakers")?.Entries() ?? [])
        {
            var path = $"spec.policies.circuitBreakers.{name}";
            if (node is not YamlMappingNode breaker)
            {
                throw new ComponentConfigurationException(file, $"'{path}' must be a mapping");
            }

            var trip = breaker.Scalar("trip", file, $"{path}.trip") ?? "consecutiveFailures > 5";
            var match = Trip().Match(trip);
            if (!match.Success)
            {
                throw new ComponentConfigurationException(file, $"'{path}.trip' expression '{trip}' is not supported by the local sidecar (only consecutiveFailures >= N or > N)");
            }

            var threshold = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) + (match.Groups["op"].Value == ">" ? 1 : 0);
            var maxRequests = breaker.Scalar("maxRequests", file, $"{path}.maxRequests") is { } text
                ? int.TryParse(text, out var n) ? n : throw new ComponentConfigurationException(file, $"'{path}.maxRequests' must be an integer, got '{text}'")
                : 1;
            breakers[name] = new CircuitBreakerPolicy(
                name,
                maxRequests,
                breaker.Scalar("interval", file, $"{path}.interval") is { } interval ? ResiliencyReader.Duration(file, $"{path}.interval", interval) : TimeSpan.Zero,
                breaker.Scalar("timeout", file, $"{path}.timeout") is { } timeout ? ResiliencyReader.Duration(file, $"{path}.timeout", timeout) : TimeSpan.FromSeconds(60),
                Math.Max(1, threshold));
        }

        return breakers;
    }

    [GeneratedRegex(@"^\s*consecutiveFailures\s*(?<op>>=|>)\s*(?<n>\d+)\s*$")]
    private static partial Regex Trip();
}
