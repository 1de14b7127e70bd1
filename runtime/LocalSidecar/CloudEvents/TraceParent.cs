using System.Security.Cryptography;

namespace Ecommerce.LocalSidecar.CloudEvents;

/// <summary>W3C trace context: the caller's <c>traceparent</c> when valid, else a new sampled one.</summary>
public static class TraceParent
{
    public static string OrNew(string? traceParent) =>
        traceParent is { Length: 55 } && traceParent[2] == '-' && traceParent[35] == '-' && traceParent[52] == '-'
            ? traceParent
            : New();

    public static string New() =>
        $"00-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01";
}
