using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's HTTP API takes request metadata as query parameters named <c>metadata.&lt;key&gt;</c>.</summary>
internal static class RequestMetadata
{
    private const string Prefix = "metadata.";

    public static Dictionary<string, string> From(HttpRequest request) =>
        request.Query
            .Where(q => q.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(q => q.Key[Prefix.Length..], q => q.Value.ToString(), StringComparer.Ordinal);
}
